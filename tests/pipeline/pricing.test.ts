/** The first pass prices a run from numbers alone; the second must then pack and pay exactly as priced. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TargetLanguage } from '../../src/core/translation.ts';
import { BatchPacker } from '../../src/pipeline/send/batches.ts';
import { sentenceHash } from '../../src/pipeline/sentence-key.ts';
import { NeedLedger } from '../../src/pipeline/survey/need-ledger.ts';
import { RecurringAnswers } from '../../src/pipeline/plan/recurring-answers.ts';
import { readAhead } from '../../src/pipeline/survey/read-ahead.ts';

const LANGUAGES: TargetLanguage[] = ['en', 'ko'];

describe('NeedLedger.price', () => {
  it('counts each distinct sentence once, skips free ones, and packs requests like the run packs them', () => {
    const need = fc.record({ language: fc.constantFrom<TargetLanguage>('en', 'ko'), sentence: fc.integer({ min: 0, max: 40 }), bytes: fc.integer({ min: 1, max: 900 }) });
    fc.assert(
      fc.property(fc.array(need, { maxLength: 300 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 900, max: 3000 }), fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 5 }), (needs, maxSegments, maxBytes, freeSentences) => {
        const limits = { maxSegments, maxBytes };
        const text = (n: { sentence: number }) => `Satz ${n.sentence}.`;
        const free = new Set(LANGUAGES.flatMap((language) => freeSentences.map((s) => sentenceHash(language, `Satz ${s}.`))));
        const ledger = new NeedLedger(LANGUAGES);
        // A sentence's size is the one of its first place, as in the run (the first place makes the request item).
        const sizeOf = new Map<string, number>();
        for (const n of needs) {
          const key = `${n.language}:${text(n)}`;
          if (!sizeOf.has(key)) sizeOf.set(key, n.bytes);
          ledger.add(n.language, { key: sentenceHash(n.language, text(n)), characters: text(n).length, bytes: sizeOf.get(key)! });
        }
        const { cost, recurring } = ledger.price(limits, free, true);

        for (const language of LANGUAGES) {
          const mine = needs.filter((n) => n.language === language && !freeSentences.includes(n.sentence));
          const distinct = [...new Set(mine.map(text))];
          const packer = new BatchPacker<string>(limits);
          const requests = distinct.filter((t) => packer.add(t, sizeOf.get(`${language}:${t}`)!)).length + (packer.flush() ? 1 : 0);
          const c = cost.find((x) => x.language === language)!;
          expect(c.segments).toBe(distinct.length);
          expect(c.characters).toBe(distinct.reduce((n, t) => n + t.length, 0));
          expect(c.requests).toBe(requests);
          for (const t of distinct) {
            const places = mine.filter((n) => text(n) === t).length;
            expect(recurring.get(sentenceHash(language, t))).toBe(places > 1 ? places : undefined);
          }
        }
      }),
    );
  });

  it('prices nothing for a provider that sends nothing, but still counts recurring places', () => {
    const ledger = new NeedLedger(['en']);
    for (let i = 0; i < 3; i++) ledger.add('en', { key: sentenceHash('en', 'Ein Satz.'), characters: 9, bytes: 9 });
    const { cost, recurring } = ledger.price({ maxSegments: 50, maxBytes: 1000 }, new Set(), false);
    expect(cost).toEqual([{ language: 'en', segments: 0, characters: 0, requests: 0 }]);
    expect(recurring.get(sentenceHash('en', 'Ein Satz.'))).toBe(3);
  });

  it('adds each request’s fixed tokens to what its segments add', () => {
    const ledger = new NeedLedger(['ko']);
    for (let i = 0; i < 5; i++) ledger.add('ko', { key: sentenceHash('ko', `Satz ${i}.`), characters: 7, bytes: 7, tokens: { promptTokens: 2.5, completionTokens: 4 } });
    const { cost } = ledger.price({ maxSegments: 2, maxBytes: 1000 }, new Set(), true, () => ({ promptTokens: 100, completionTokens: 0 }));
    expect(cost[0]).toMatchObject({ requests: 3, tokens: { promptTokens: Math.ceil(3 * 100 + 5 * 2.5), completionTokens: 20 } });
  });
});

describe('RecurringAnswers', () => {
  const answer = { language: 'en' as const, source: 'Bleiben Sie informiert!', target: 'Stay informed!', provider: 'deepl' };

  it('keeps an answer for exactly the places still to come, then lets it go', () => {
    const answers = new RecurringAnswers(new Map([[sentenceHash('en', answer.source), 4]]));
    answers.keep(answer, 2);
    expect(answers.take('en', answer.source)).toEqual(answer);
    expect(answers.take('ko', answer.source)).toBeUndefined();
    expect(answers.size).toBe(1);
    expect(answers.take('en', answer.source)).toEqual(answer);
    expect(answers.size).toBe(0);
    expect(answers.take('en', answer.source)).toBeUndefined();
  });

  it('keeps nothing for a sentence that does not recur, or whose places all waited on the request', () => {
    const answers = new RecurringAnswers(new Map([[sentenceHash('en', answer.source), 3]]));
    answers.keep({ ...answer, source: 'Ein anderer Satz.' }, 1);
    answers.keep(answer, 3);
    expect(answers.size).toBe(0);
  });
});

describe('readAhead', () => {
  it('yields every item in order with at most `depth` reads started ahead of the consumer', async () => {
    let started = 0;
    let consumed = 0;
    let widest = 0;
    const read = async (n: number) => {
      started++;
      widest = Math.max(widest, started - consumed);
      await new Promise((resolve) => setTimeout(resolve, (n * 7) % 5));
      return n * 2;
    };
    const seen: Array<[number, number]> = [];
    for await (const pair of readAhead([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], read, 3)) {
      seen.push(pair);
      consumed++;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [n, n * 2]));
    expect(widest).toBe(3);
  });

  it('passes a failed read to the consumer when it gets there, not before', async () => {
    const read = async (n: number) => {
      if (n === 3) throw new Error('unreadable 3');
      return n;
    };
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const [n] of readAhead([1, 2, 3, 4], read, 4)) seen.push(n);
      })(),
    ).rejects.toThrow('unreadable 3');
    expect(seen).toEqual([1, 2]);
  });
});
