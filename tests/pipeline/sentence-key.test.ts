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

  it('spreads 200,000 near-identical sentences over the 53 bits without a collision', () => {
    const seen = new Set<number>();
    let top = 0;
    for (let i = 0; i < 100_000; i++) {
      for (const language of ['en', 'ko'] as const) {
        const hash = sentenceHash(language, `Die Regierung kündigte am ${i % 31}. Juni an (Meldung ${i}).`);
        seen.add(hash);
        top = Math.max(top, hash);
      }
    }
    expect(seen.size).toBe(200_000);
    expect(top).toBeGreaterThan(2 ** 52);
    expect(top).toBeLessThan(2 ** 53);
  });
});
