/** Provider answers into the files: restored to Markdown, journalled, and put in every place that waits for them. */
import { contentHash } from '../core/hash.ts';
import type { TranslatedSegment } from '../providers/types.ts';
import type { TrackedFile } from './file-writer.ts';
import type { JournalEntry } from './journal.ts';
import type { Need } from './merge-rules.ts';
import type { WorkItem } from './work-items.ts';

export interface RestoredResult {
  item: WorkItem<TrackedFile>;
  entry: JournalEntry;
  billedCharacters: number;
}

/** Provider answers back in Markdown (or kept raw and flagged when the markup came back broken). */
export function restoreResults(
  batch: ReadonlyArray<WorkItem<TrackedFile>>,
  translations: ReadonlyArray<TranslatedSegment>,
  provider: string,
): RestoredResult[] {
  const byKey = new Map(batch.map((item) => [item.segment.key, item]));
  return translations.flatMap((translation) => {
    const item = byKey.get(translation.key);
    if (!item) return [];
    const restored = item.tagged.restore(translation.text);
    const reasons = [
      ...(restored.ok ? [] : [`Markup came back changed (${restored.reason}); fix the tags before publishing.`]),
      ...(translation.review ? [translation.review] : []),
    ];
    const entry: JournalEntry = {
      language: item.language,
      source: item.source,
      target: restored.ok ? restored.markdown : translation.text,
      provider,
      ...(reasons.length > 0 ? { review: reasons.join(' ') } : {}),
    };
    return [{ item, entry, billedCharacters: translation.billedCharacters }];
  });
}

/**
 * Puts each translation in every place that waits for it. Returns the files that now wait for nothing more:
 * those are written; the others follow with their last translation (the journal keeps what is in between).
 */
export function applyResults(results: readonly RestoredResult[], pending: Map<TrackedFile, number>): Set<TrackedFile> {
  const complete = new Set<TrackedFile>();
  for (const { item, entry, billedCharacters } of results) {
    item.waiters.forEach(({ file, need }, index) => {
      fill(file, need, entry.target, entry.provider, entry.review);
      file.summary.fromProvider++;
      if (index === 0) file.summary.billedCharacters += billedCharacters;
      const left = (pending.get(file) ?? 1) - 1;
      pending.set(file, left);
      if (left === 0) complete.add(file);
    });
  }
  return complete;
}

/** A target (status machine, with provenance) or a stale segment's suggestion. */
export function fill(file: TrackedFile, need: Need, text: string, provider: string, review?: string): void {
  file.version++;
  const entry = file.model.segments[need.segmentIndex]!;
  if (need.kind === 'suggestion') {
    entry.suggestion = text;
    return;
  }
  entry.target = text;
  entry.status = 'machine';
  entry.machine = { provider, hash: contentHash(text) };
  if (review) entry.review = review;
  else delete entry.review;
}
