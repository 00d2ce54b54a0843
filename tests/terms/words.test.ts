import { describe, expect, it } from 'vitest';
import { similarity } from '../../src/terms/words.ts';

describe('similarity (terms)', () => {
  it('is 1 − the shared edit distance / longer length, a swapped pair of letters one edit as everywhere else', () => {
    expect(similarity('shoygu', 'shoygu')).toBe(1);
    expect(similarity('shoygu', 'shoigu')).toBeCloseTo(1 - 1 / 6);
    expect(similarity('shoigu', 'shiogu')).toBeCloseTo(1 - 1 / 6);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', '')).toBe(0);
  });
});
