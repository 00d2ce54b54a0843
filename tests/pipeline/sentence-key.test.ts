import { describe, expect, it } from 'vitest';
import { SentenceMap, SentenceSet, sentenceHash } from '../../src/pipeline/sentence-key.ts';

describe('sentence key', () => {
  it('tells the same sentence in two languages apart, and a sentence that only looks joined', () => {
    const map = new SentenceMap<string>();
    map.set('en', 'Satz.', 'Sentence.').set('ko', 'Satz.', '문장.').set('en', 'Satz.', 'A sentence.');
    map.set('en', 'ko:Satz.', 'x');
    expect(map.size).toBe(3);
    expect(map.get('en', 'Satz.')).toBe('A sentence.');
    expect(map.get('ko', 'Satz.')).toBe('문장.');
    expect([...map.entries()]).toEqual([['en', 'Satz.', 'A sentence.'], ['en', 'ko:Satz.', 'x'], ['ko', 'Satz.', '문장.']]);
    expect(map.delete('ko', 'Satz.')).toBe(true);
    expect(map.delete('ko', 'Satz.')).toBe(false);
    expect(map.size).toBe(2);
    const set = new SentenceSet().add('en', 'Satz.');
    expect([set.has('en', 'Satz.'), set.has('ko', 'Satz.'), set.size]).toEqual([true, false, 1]);
  });

  it('hashes a pair to a stable 53-bit number', () => {
    const hash = sentenceHash('en', 'Ein Satz.');
    expect(Number.isSafeInteger(hash) && hash >= 0).toBe(true);
    expect(sentenceHash('en', 'Ein Satz.')).toBe(hash);
    expect(sentenceHash('ko', 'Ein Satz.')).not.toBe(hash);
  });
});
