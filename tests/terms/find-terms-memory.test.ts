/**
 * What term-inconsistent works out about a corpus is dropped with the corpus: a check goes on to apply suppressions,
 * write its cache and its report, and a memo held for the whole process (the English words that stand mid-sentence,
 * by text: some 19,000 segments at 1,000 articles) raised the peak of all of that.
 */
import { expect, it } from 'vitest';
import { heapAfterCollection } from '../helpers/heap.ts';
import { emptyGlossary } from '../../src/glossary/index.ts';
import { findTerms } from '../../src/terms/index.ts';
import type { AlignedSegment } from '../../src/terms/types.ts';


const EN = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett'];
const KO = ['알파', '브라보', '찰리', '델타', '에코', '폭스트롯', '골프', '호텔', '인디아', '줄리엣'];

/** Every text its own, in words a corpus repeats (as a newsroom's are): only a memo by text grows with it. */
function corpus(count: number): AlignedSegment[] {
  const words = (list: readonly string[], i: number) => [0, 1, 2, 3, 4].map((place) => list[Math.floor(i / 10 ** place) % 10]).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    article: `artikel-${i % 500}`, id: `s${i}`, source: 'Schoygu traf am Montag in Pjöngjang den Minister.',
    targets: {
      en: { text: `On Monday in Pyongyang, Shoigu Met ${words(EN, i)} of the Korean People's Army.`, status: 'machine', where: '', key: `${i}` },
      ko: { text: `쇼이구는 월요일 평양에서 ${words(KO, i)} 장관을 만났다.`, status: 'machine', where: '', key: `${i}` },
    },
  }));
}

it('keeps nothing of the corpus once the terms are found and the corpus is dropped', () => {
  // Once, so the modules and their compiled code are in place before measuring.
  findTerms(corpus(200), emptyGlossary(), { wanted: 'inconsistencies' });
  const before = heapAfterCollection();
  const report = findTerms(corpus(20_000), emptyGlossary(), { wanted: 'inconsistencies' });
  expect(report.inconsistencies).toEqual([]);
  const kept = heapAfterCollection() - before;
  // What stays is compiled code and the memos by word (bounded by the vocabulary, not the corpus): under 0.5 MB.
  expect(kept).toBeLessThan(1_000_000);
});
