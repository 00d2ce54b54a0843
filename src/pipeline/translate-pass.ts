/**
 * The second pass of a run: the articles again, one at a time. Each is planned, filled from what is already paid
 * for (journal, memory, answers to recurring sentences), and its remaining sentences are packed into requests made
 * just ahead of the sender. A file is written, counted and let go as soon as it waits for nothing, so the run holds
 * only the articles whose requests are in flight.
 */
import type { TargetLanguage } from '../core/translation.ts';
import type { Glossary } from '../glossary/index.ts';
import { ProviderError, type Provider } from '../providers/types.ts';
import { applyResults, fill, giveUp, receiveAnswers, restoreResults, type ReceivedAnswer } from './send/apply-results.ts';
import { BatchPacker, requestBytes } from './send/batches.ts';
import type { FileSummary, RunEvent } from './events.ts';
import { FileWriter, type TrackedFile } from './write/file-writer.ts';
import type { Journal } from './journal/journal.ts';
import { rereadArticles, type ArticleRef } from './survey/load-repository.ts';
import { planArticle } from './plan/plan-article.ts';
import { RecurringAnswers } from './plan/recurring-answers.ts';
import { fileKey, type RunCache } from './survey/run-cache.ts';
import { summarizeFile } from './write/run-summary.ts';
import { BatchScheduler, type SchedulerResult } from './send/scheduler.ts';
import type { TranslationMemory } from './plan/translation-memory.ts';
import { ArticleSegments, WorkList, type WorkItem } from './send/work-items.ts';

export interface TranslatePassOptions {
  root: string;
  articles: readonly ArticleRef[];
  languages: readonly TargetLanguage[];
  glossary: Glossary;
  glossaryHash: string;
  provider: Provider;
  journal: Journal;
  memory: TranslationMemory;
  recurring: Map<number, number>;
  cache: RunCache;
  /** false: a dry run — nothing is sent or written; each file only reports whether it would change. */
  write: boolean;
  /** false: nothing is sent (dry run, a provider that only repeats the memory, or one that failed to prepare). */
  send: boolean;
  /** Summaries by path, one per planned file: each file the pass finishes replaces its own. */
  summaries: Map<string, FileSummary>;
  /** Requests and segments the price pass expects, for progress. */
  expected: { requests: number; segments: number };
  concurrency: number;
  signal?: AbortSignal;
  rateLimitBaseDelayMs?: number;
  emit: (event: RunEvent) => void;
}

export interface TranslatePassResult extends SchedulerResult {
  requests: number;
  /**
   * Sources that changed (or whose translation files stopped reading) after the first pass, and translation files a
   * person saved while the run worked; left for the next run.
   */
  changed: string[];
  /** False when the pass stopped before it reached every article (interrupted, or an article changed). */
  reachedAll: boolean;
  /** Requests that failed after the provider may have billed them, and their characters (counted as billed). */
  possiblyBilled: { requests: number; characters: number };
}

export async function translatePass(options: TranslatePassOptions): Promise<TranslatePassResult> {
  const { provider, journal, memory, emit } = options;
  const finished = options.summaries;
  const changed: string[] = [];
  const writers = new Map<TrackedFile, FileWriter>();
  const work = new WorkList<TrackedFile>();
  const answers = new RecurringAnswers(options.recurring);
  const scheduler = new BatchScheduler({
    concurrency: options.concurrency,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.rateLimitBaseDelayMs !== undefined ? { rateLimitBaseDelayMs: options.rateLimitBaseDelayMs } : {}),
    onRetry: (info) => emit({ type: 'retry', waitMs: info.waitMs, concurrency: info.concurrency, attempt: info.attempt }),
  });
  let reachedAll = true;
  let requests = 0;
  const possiblyBilled = { requests: 0, characters: 0 };
  type Batch = Array<WorkItem<TrackedFile>>;
  /** What a failed request's broken answer still holds that can be trusted: journalled, then filled in. */
  const salvaged = new Map<Batch, ReceivedAnswer[]>();
  const requestNumbers = new Map<Batch, number>();
  let done = 0;
  let segmentsDone = 0;

  const finish = async (file: TrackedFile): Promise<void> => {
    const writer = writers.get(file)!;
    writers.delete(file);
    if (!options.write) {
      file.summary.changed = writer.wouldChange();
      finished.set(file.path, summarizeFile(file));
      return;
    }
    if ((await writer.write(emit)) === 'changed-on-disk') {
      // A person saved the file while the run worked: their version stays; the journal keeps what was paid for.
      changed.push(file.path);
      reachedAll = false;
      options.cache.forget(file.model.language, file.model.source);
      return;
    }
    const summary = summarizeFile(file);
    finished.set(file.path, summary);
    const complete = summary.untranslated === 0 && file.model.segments.every((e) => e.status !== 'stale' || e.suggestion !== undefined);
    const { language, source } = file.model;
    if (complete && writer.diskHash !== undefined) options.cache.record(language, source, fileKey(file.sourceHash, options.glossaryHash, writer.diskHash), summary.counts);
    else options.cache.forget(language, source);
  };

  async function* batches(): AsyncGenerator<Array<WorkItem<TrackedFile>>> {
    const packers = new Map(options.languages.map((language) => [language, new BatchPacker<WorkItem<TrackedFile>>(provider.limits)]));
    const ready: Array<Array<WorkItem<TrackedFile>>> = [];
    for await (const { ref, article } of rereadArticles(options.root, options.articles, options.languages, options.glossary)) {
      // An interrupt stops the planning too: what is not reached stays as it is on disk.
      if (options.signal?.aborted) {
        reachedAll = false;
        break;
      }
      if (!article) {
        changed.push(ref.sourcePath);
        reachedAll = false;
        continue;
      }
      const texts = new ArticleSegments(article, options.glossary);
      for (const { file, needs } of planArticle(article, options.languages)) {
        writers.set(file, new FileWriter(options.root, file));
        const language = file.model.language;
        for (const need of needs) {
          const source = file.model.segments[need.segmentIndex]!.source;
          const paid = journal.lookup(language, source) ?? answers.take(language, source);
          const known = paid ? undefined : memory.lookup(language, source);
          if (paid) {
            fill(file, need, paid.target, paid.provider, paid.review);
            file.summary.fromProvider++;
          } else if (known !== undefined) {
            fill(file, need, known, 'memory');
            file.summary.fromMemory++;
          } else if (options.send && !scheduler.stopped) {
            file.pending++;
            const item = work.add(language, file, need, source, texts, need.segmentIndex);
            const full = item && packers.get(language)!.add(item, requestBytes(item.segment.text));
            if (full) ready.push(full);
          }
        }
        if (file.pending === 0) await finish(file);
      }
      yield* ready.splice(0);
      // Planning is the longest stretch of work between two answers: let waiting answers in (and the next request
      // out) after every article, or each one would wait for several articles' planning.
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const packer of packers.values()) {
      const last = packer.flush();
      if (last) yield last;
    }
  }

  const outcome = await scheduler.run(
    batches(),
    // The answer is journalled before the request's slot frees: a kill then loses at most the requests in flight.
    async (batch) => {
      requests++;
      if (!requestNumbers.has(batch)) requestNumbers.set(batch, requestNumbers.size + 1);
      // A batch sent again (after a rate limit) leaves out what an earlier broken answer already delivered.
      const earlier = salvaged.get(batch) ?? [];
      const delivered = new Set(earlier.map(({ item }) => item));
      const pending = batch.filter((item) => !delivered.has(item));
      if (pending.length === 0) return earlier;
      try {
        const result = await provider.translate({ targetLanguage: pending[0]!.language, segments: pending.map((item) => item.segment), ...(options.signal ? { signal: options.signal } : {}) });
        const received = receiveAnswers(pending, result.translations, provider.name);
        journal.append(received.map(({ answer }) => answer));
        salvaged.delete(batch);
        return [...earlier, ...received];
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error;
        const trusted = receiveAnswers(pending, error.salvaged ?? [], provider.name);
        if (trusted.length > 0) {
          journal.append(trusted.map(({ answer }) => answer));
          salvaged.set(batch, [...earlier, ...trusted]);
        }
        if (error.possiblyBilledCharacters && provider.billable) {
          possiblyBilled.requests++;
          possiblyBilled.characters += error.possiblyBilledCharacters;
        }
        throw error.withMessage(`${error.message} ${describeRequest(requestNumbers.get(batch)!, batch)}`);
      }
    },
    async (batch, outcome) => {
      // No await until the items are released: a sentence planned meanwhile must find the item or the kept answer.
      const received = outcome.kind === 'done' ? outcome.result : outcome.kind === 'failed' ? (salvaged.get(batch) ?? []) : [];
      salvaged.delete(batch);
      requestNumbers.delete(batch);
      const results = restoreResults(received);
      const complete = applyResults(results);
      for (const { item, entry } of results) answers.keep(entry, item.waiters.length);
      const answered = new Set(results.map(({ item }) => item));
      for (const file of giveUp(batch.filter((item) => !answered.has(item)))) complete.add(file);
      work.release(batch);
      if (outcome.kind === 'skipped') {
        // Never sent: progress counts what was asked and what arrived.
        for (const file of complete) await finish(file);
        return;
      }
      // Reported before the writes: another batch's answer may arrive while they wait, and must not be in this line.
      done++;
      segmentsDone += results.length;
      emit({ type: 'batch', done, total: Math.max(done, options.expected.requests), segmentsDone, segmentsTotal: Math.max(segmentsDone, options.expected.segments) });
      for (const file of complete) await finish(file);
    },
  );
  // Every file has finished: each waited only for batches that have all reported.
  if (writers.size > 0) throw new Error(`${writers.size} file(s) still wait after every request reported.`);
  return { ...outcome, requests, changed, reachedAll, possiblyBilled };
}

/** Names a failed request for the person reading the summary: its number in the run, its size, language and articles. */
function describeRequest(number: number, batch: ReadonlyArray<WorkItem<TrackedFile>>): string {
  const sources = [...new Set(batch.flatMap((item) => item.waiters.map(({ file }) => file.model.source)))];
  const shown = sources.length > 3 ? `${sources.slice(0, 3).join(', ')} and ${sources.length - 3} more` : sources.join(', ');
  return `(request ${number} of this run: ${batch.length} segment(s) into ${batch[0]!.language}, from ${shown})`;
}
