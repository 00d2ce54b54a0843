/**
 * Pairs the entries of an existing translation file with the segments of the article as it is now.
 *
 * Exact pairs share an id (ids come from the German text, so an unchanged sentence keeps its id wherever it moves).
 * A sentence that was edited gets a new id; it is paired with the old entry it most resembles among the unpaired
 * entries that sat after the same unchanged neighbour, so its translation can be kept and marked `stale`.
 */
import type { SourceSegment } from '../../core/document.ts';
import type { TranslationEntry } from '../../core/translation.ts';

export interface Alignment {
  /** For each segment (same index): the old entry it continues, and whether its German changed. */
  pairs: Array<{ entry: TranslationEntry; changed: boolean } | undefined>;
  /** Old entries no segment continues: the sentence left the article. */
  removed: TranslationEntry[];
}

/** Below this similarity an edited sentence counts as a different sentence, not a revision. */
const MIN_SIMILARITY = 0.5;

export function alignSegments(segments: readonly SourceSegment[], entries: readonly TranslationEntry[]): Alignment {
  const byId = new Map(entries.map((entry, index) => [entry.id, index]));
  const pairedOld = new Set<number>();
  const oldIndexOf: Array<number | undefined> = segments.map((segment) => {
    const index = byId.get(segment.id);
    if (index === undefined) return undefined;
    pairedOld.add(index);
    return index;
  });

  // Anchor of an old entry: the nearest exactly-paired entry before it (-1 = start of file).
  const anchorOfOld = new Map<number, number>();
  let anchor = -1;
  entries.forEach((_, index) => {
    if (pairedOld.has(index)) anchor = index;
    else anchorOfOld.set(index, anchor);
  });

  anchor = -1;
  segments.forEach((segment, segmentIndex) => {
    const exact = oldIndexOf[segmentIndex];
    if (exact !== undefined) {
      anchor = exact;
      return;
    }
    let best: { index: number; score: number } | undefined;
    for (const [index, entryAnchor] of anchorOfOld) {
      if (entryAnchor !== anchor || pairedOld.has(index)) continue;
      const entry = entries[index]!;
      const score = similarity(segment.text, entry.source);
      if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { index, score };
    }
    if (best) {
      pairedOld.add(best.index);
      oldIndexOf[segmentIndex] = best.index;
    }
  });

  const pairs = segments.map((segment, segmentIndex) => {
    const index = oldIndexOf[segmentIndex];
    if (index === undefined) return undefined;
    const entry = entries[index]!;
    return { entry, changed: entry.source !== segment.text };
  });
  const removed = entries.filter((_, index) => !pairedOld.has(index));
  return { pairs, removed };
}

/** Dice coefficient over character bigrams: cheap, order-tolerant, good at "one word changed". */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const gram = a.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const gram = b.slice(i, i + 2);
    const left = counts.get(gram);
    if (left) {
      shared++;
      counts.set(gram, left - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}
