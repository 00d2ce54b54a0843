/**
 * The form index (src/terms/proposals.ts) over every aligned segment is what term-inconsistent holds while a check
 * looks for names rendered two ways: each segment's forms are kept as one shared string per form, not as a Set of
 * strings of its own — some 30 forms a segment, 34,000 segments at 1,000 articles.
 */
import { expect, it } from 'vitest';
import { heapAfterCollection } from '../helpers/heap.ts';
import { buildFormIndex } from '../../src/terms/proposals.ts';
import type { AlignedSegment } from '../../src/terms/types.ts';


it('keeps a segment’s forms in under 250 bytes (a Set of its own strings took 2,700), the same form in many segments as one string', () => {
  const english = 'At a meeting in Pyongyang with Putin’s Top Security Adviser Sergei Shoigu, Kim Jong Un said North Korea Would Back Russia.';
  const korean = '김정은 위원장은 평양에서 푸틴 대통령의 최측근인 세르게이 쇼이구 안보회의 서기와 만나 러시아를 전폭 지지하겠다고 말했다.';
  const segments: AlignedSegment[] = Array.from({ length: 20_000 }, (_, i) => ({
    article: `artikel-${i % 1000}`, id: `s${i}`, source: 'Kim Jong-un traf Schoygu.',
    // Equal texts, but each its own string, as each segment's target is.
    targets: { en: { text: `${english} `.slice(0, -1), status: 'machine', where: '', key: `${i}` }, ko: { text: `${korean} `.slice(0, -1), status: 'reviewed', where: '', key: `${i}` } },
  }));
  const before = heapAfterCollection();
  const indexes = [buildFormIndex('en', segments), buildFormIndex('ko', segments)];
  const perSegment = (heapAfterCollection() - before) / segments.length / indexes.length;
  expect([...indexes[0]!.forms(segments[7]!)]).toContain('Sergei Shoigu');
  expect(indexes[1]!.frequency('쇼이구', 'person')).toBe(20_000);
  expect(perSegment).toBeLessThan(250);
});
