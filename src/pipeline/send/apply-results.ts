/** Provider answers into the files: matched to their items, restored to Markdown, and put in every place that waits for them. */
import type { TranslatedSegment } from '../../providers/types.ts';
import type { TrackedFile } from '../tracked-file.ts';
import { parseRestoredMany } from '../../source/index.ts';
import { restoreAnswer, type Answer, type RawAnswer } from './answer.ts';
import type { WorkItem } from './work-items.ts';

export interface ReceivedAnswer {
  item: WorkItem<TrackedFile>;
  answer: RawAnswer;
  billedCharacters: number;
}

export interface RestoredResult {
  item: WorkItem<TrackedFile>;
  entry: Answer;
  billedCharacters: number;
}

/** The provider's answers matched to the items they answer (unknown keys are dropped). */
export function receiveAnswers(
  batch: ReadonlyArray<WorkItem<TrackedFile>>,
  translations: ReadonlyArray<TranslatedSegment>,
  provider: string,
): ReceivedAnswer[] {
  const byKey = new Map(batch.map((item) => [item.segment.key, item]));
  return translations.flatMap((translation) => {
    const item = byKey.get(translation.key);
    if (!item) return [];
    const answer: RawAnswer = {
      language: item.language,
      source: item.source,
      raw: translation.text,
      dnt: item.dnt,
      provider,
      ...(translation.review ? { review: translation.review } : {}),
    };
    return [{ item, answer, billedCharacters: translation.billedCharacters }];
  });
}

/** Answers back in Markdown (or kept raw and flagged when the markup came back broken). */
export function restoreResults(received: readonly ReceivedAnswer[]): RestoredResult[] {
  const parsed = parseRestoredMany(received.map(({ item, answer }) => item.tagged.candidate(answer.raw)));
  return received.map(({ item, answer, billedCharacters }) => ({ item, entry: restoreAnswer(answer, item.tagged, parsed), billedCharacters }));
}

/**
 * Puts each translation in every place that waits for it. Returns the files that now wait for nothing more:
 * those are written; the others follow with their last translation (the journal keeps what is in between).
 */
export function applyResults(results: readonly RestoredResult[]): Set<TrackedFile> {
  const complete = new Set<TrackedFile>();
  for (const { item, entry, billedCharacters } of results) {
    item.waiters.forEach(({ file, need }, index) => {
      if (file.receive(need, entry.target, entry.provider, entry.review, index === 0 ? billedCharacters : 0)) complete.add(file);
    });
  }
  return complete;
}

/** The places of items that got no answer (failed, or never sent) stop waiting; returns the files that now wait for nothing. */
export function giveUp(items: ReadonlyArray<WorkItem<TrackedFile>>): Set<TrackedFile> {
  const complete = new Set<TrackedFile>();
  for (const item of items) for (const { file } of item.waiters) if (file.giveUp()) complete.add(file);
  return complete;
}
