/** The sample article from the newsroom (the raw seed text, tests/helpers/kim-russland-seed.ts), segmented into its exact sentences. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.ts';
import { readSeed, SEED_SENTENCES } from '../helpers/kim-russland-seed.ts';

describe('kim-russland.txt', () => {
  it('segments the sample article', () => {
    const sentences = segment(readSeed());
    expect(sentences).toEqual(SEED_SENTENCES);
  });

  it('keeps RENEWZ.de and rodong.rep.kp whole and splits at the missing space', () => {
    const text =
      'Kim will Putin uneingeschränkt unterstützen.Das berichtet RENEWZ.de unter Berufung auf KCNA.\nBild von rodong.rep.kp';
    expect(segment(text)).toEqual([
      'Kim will Putin uneingeschränkt unterstützen.',
      'Das berichtet RENEWZ.de unter Berufung auf KCNA.',
      'Bild von rodong.rep.kp',
    ]);
  });
});
