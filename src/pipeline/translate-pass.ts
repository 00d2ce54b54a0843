/**
 * The second pass of a run: the articles again, one at a time. Each is planned, filled from what is already paid
 * for (journal, memory, answers to recurring sentences), and its remaining sentences are packed into requests made
 * just ahead of the sender. A file is written, counted and let go as soon as it waits for nothing, so the run holds
 * only the articles whose requests are in flight.
 */
import type { TargetLanguage } from '../core/translation.ts';
import { FolderSyncs } from '../store/index.ts';
import { MEMORY_PROVENANCE } from '../providers/registry.ts';
import { planArticle } from './plan/plan-article.ts';
import { RecurringAnswers } from './plan/recurring-answers.ts';
import type { Need } from './plan/merge-rules.ts';
import { applyResults, giveUp, restoreResults, type ReceivedAnswer } from './send/apply-results.ts';
import { BatchSender, type Batch } from './send/batch-sender.ts';
import { BatchPacker, requestBytes } from './send/batches.ts';
import { BatchScheduler, type BatchOutcome } from './send/scheduler.ts';
import { ArticleSegments, WorkList, type WorkItem } from './send/work-items.ts';
import { CostLimitReached } from './send/cost-budget.ts';
import { rereadArticles, type Article } from './survey/load-repository.ts';
import { fileKey } from './survey/run-cache.ts';
import { HeldWrites } from './write/held-writes.ts';
import type { TranslatePassOptions, TranslatePassResult } from './translate-pass-options.ts';
import type { TrackedFile } from './tracked-file.ts';
export type { TranslatePassOptions, TranslatePassResult } from './translate-pass-options.ts';

export function translatePass(options: TranslatePassOptions): Promise<TranslatePassResult> {
  return new TranslatePass(options).run();
}

/** Answers held at most while a streamed survey has not counted every recurrence yet. */
const PROVISIONAL_ANSWERS = 20_000;

type Packers = Map<TargetLanguage, BatchPacker<WorkItem<TrackedFile>>>;

/** The pass's steps: plan (with what is paid for filled in), send (BatchSender), receive, finish (write). */
class TranslatePass {
  readonly #options: TranslatePassOptions;
  readonly #changed: string[] = [];
  /** Files planned and not finished: each waits for the answers of its queued sentences. */
  readonly #open = new Set<TrackedFile>();
  readonly #work = new WorkList<TrackedFile>();
  readonly #answers: RecurringAnswers;
  readonly #sender: BatchSender;
  readonly #scheduler: BatchScheduler;
  /** A streamed run: files finished before the first request is admitted wait for it (write/held-writes.ts). */
  readonly #held: HeldWrites<TrackedFile> | undefined;
  /**
   * The folders of the files written, synced once when the pass ends rather than once per file: until then the
   * journal (synced, and cleared only after the pass) holds every answer a file took, so a rename a power cut undoes
   * costs nothing.
   */
  readonly #folders = new FolderSyncs();
  #releasing: Promise<void> | undefined;
  #reachedAll = true;
  #done = 0; // requests answered, for progress
  #segmentsDone = 0;

  constructor(options: TranslatePassOptions) {
    const { signal, rateLimitBaseDelayMs, emit } = options;
    this.#options = options;
    const { recurring } = options;
    this.#answers = new RecurringAnswers(recurring instanceof Map ? recurring : undefined);
    if (!(recurring instanceof Map)) void recurring.then((counts) => this.#answers.settle(counts), () => undefined);
    this.#sender = new BatchSender(options.provider, options.journal, signal, options.budget);
    this.#held = options.holdWritesUntilSent && options.write ? new HeldWrites((file) => this.#write(file)) : undefined;
    this.#scheduler = new BatchScheduler({
      concurrency: options.concurrency,
      ...(signal ? { signal } : {}),
      ...(options.providerReady ? { ready: options.providerReady } : {}),
      ...(rateLimitBaseDelayMs !== undefined ? { rateLimitBaseDelayMs } : {}),
      onRetry: (info) => emit({ type: 'retry', waitMs: info.waitMs, concurrency: info.concurrency, attempt: info.attempt }),
    });
  }

  async run(): Promise<TranslatePassResult> {
    const send = (batch: Batch) => {
      const sent = this.#sender.send(batch); // counts the request at once, or refuses it
      if (this.#sender.requests > 0) this.#releasing ??= this.#held?.release();
      return sent;
    };
    const outcome = await this.#scheduler.run(this.#plannedBatches(), send, (batch, batchOutcome) => this.#receive(batch, batchOutcome));
    if (outcome.stoppedBy instanceof CostLimitReached && this.#sender.requests === 0) this.#held?.drop();
    await (this.#releasing ?? this.#held?.release());
    await this.#folders.flush();
    // Every file has finished: each waited only for batches that have all reported.
    if (this.#open.size > 0) throw new Error(`${this.#open.size} file(s) still wait after every request reported.`);
    const { requests, possiblyBilled } = this.#sender;
    return { ...outcome, requests, changed: this.#changed, reachedAll: this.#reachedAll, possiblyBilled };
  }

  /** Plan: the articles again, one at a time; yields each request as it fills up, just ahead of the sender. */
  async *#plannedBatches(): AsyncGenerator<Batch> {
    const { root, articles, languages, glossary, provider, signal } = this.#options;
    const packers: Packers = new Map(languages.map((language) => [language, new BatchPacker<WorkItem<TrackedFile>>(provider.limits)]));
    for await (const { ref, article } of rereadArticles(root, articles, languages, glossary, this.#options.abbreviations, this.#options.layout, this.#options.cache.stamps)) {
      // An interrupt stops the planning too: what is not reached stays as it is on disk.
      if (signal?.aborted) {
        this.#reachedAll = false;
        break;
      }
      if (!article) {
        this.#changed.push(ref.sourcePath);
        this.#reachedAll = false;
        continue;
      }
      yield* await this.#planArticle(article, packers);
      // Answers kept while the survey still counts recurrences are bounded: past that, planning waits for the counts.
      if (this.#answers.provisional && this.#answers.size > PROVISIONAL_ANSWERS) await this.#options.recurring;
      // Planning is the longest stretch of work between two answers: let waiting answers in (and the next request
      // out) after every article, or each one would wait for several articles' planning.
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const packer of packers.values()) {
      const last = packer.flush();
      if (last) yield last;
    }
  }

  /** One article's files: each need filled or queued; a file that waits for nothing is finished at once. Returns the requests that filled up. */
  async #planArticle(article: Article, packers: Packers): Promise<Batch[]> {
    const ready: Batch[] = [];
    const texts = ArticleSegments.of(article, this.#options.glossary);
    for (const { file, needs } of planArticle(article, this.#options.languages, this.#options.layout)) {
      this.#open.add(file);
      for (const need of needs) {
        const item = this.#fillOrQueue(file, need, texts);
        const full = item && packers.get(file.model.language)!.add(item, requestBytes(item.segment.text));
        if (full) ready.push(full);
      }
      if (file.pending === 0) await this.#finish(file);
    }
    return ready;
  }

  /**
   * Fills a need from what is already paid for (journal, a recurring sentence's answer) or from the memory, else
   * queues it for the provider: returns the new work item to pack (undefined when it joined one in flight).
   */
  #fillOrQueue(file: TrackedFile, need: Need, texts: ArticleSegments): WorkItem<TrackedFile> | undefined {
    const { journal, memory } = this.#options;
    const language = file.model.language;
    const source = file.model.segments[need.segmentIndex]!.source;
    const paid = journal.lookup(language, source) ?? this.#answers.take(language, source);
    const known = paid ? undefined : memory.lookup(language, source);
    if (paid) {
      file.fillPaid(need, paid.target, paid.provider, paid.review);
    } else if (known !== undefined) {
      file.fillFromMemory(need, known, MEMORY_PROVENANCE);
    } else if (this.#options.send && !this.#scheduler.stopped) {
      file.waitForProvider();
      return this.#work.add(language, file, need, source, texts, need.segmentIndex);
    }
    return undefined;
  }

  /** Receive: a request's outcome into every place that waits for its sentences; the files it completes are finished. */
  async #receive(batch: Batch, outcome: BatchOutcome<ReceivedAnswer[]>): Promise<void> {
    // Journalled already (before the slot freed); no await until the items are released: a sentence planned
    // meanwhile must find the item in flight or the kept answer.
    const results = restoreResults(this.#sender.received(batch, outcome));
    const complete = applyResults(results);
    for (const { item, entry } of results) this.#answers.keep(entry, item.waiters.length);
    const answered = new Set(results.map(({ item }) => item));
    for (const file of giveUp(batch.filter((item) => !answered.has(item)))) complete.add(file);
    this.#work.release(batch);
    // A request never sent is no progress: progress counts what was asked and what arrived.
    if (outcome.kind !== 'skipped') this.#reportProgress(results.length);
    // Side by side: each write waits on its own file's fsync, and those overlap instead of queueing.
    await Promise.all([...complete].map((file) => this.#finish(file)));
  }

  /** Reported before the writes: another batch's answer may arrive while they wait, and must not be in this line. */
  #reportProgress(segments: number): void {
    const { expected, emit } = this.#options;
    this.#done++;
    this.#segmentsDone += segments;
    const done = this.#done;
    const segmentsDone = this.#segmentsDone;
    emit({ type: 'batch', done, total: Math.max(done, expected.requests), segmentsDone, segmentsTotal: Math.max(segmentsDone, expected.segments) });
  }

  /** Write: a file that waits for nothing more is written (a dry run: compared), summarised, cached and let go. */
  async #finish(file: TrackedFile): Promise<void> {
    const { root, write, summaries } = this.#options;
    this.#open.delete(file);
    if (!write) {
      file.checkWouldChange(root);
      summaries.set(file.path, file.summarize());
      return;
    }
    await (this.#held ? this.#held.finish(file) : this.#write(file));
  }

  async #write(file: TrackedFile): Promise<void> {
    const { root, emit, summaries, cache } = this.#options;
    if ((await file.write(root, emit, this.#folders)) === 'changed-on-disk') {
      // A person saved the file while the run worked: their version stays; the journal keeps what was paid for.
      this.#changed.push(file.path);
      this.#reachedAll = false;
      cache.forget(file.model.language, file.model.source);
      return;
    }
    const summary = file.summarize();
    summaries.set(file.path, summary);
    const { language, source } = file.model;
    if (file.isComplete() && file.diskHash !== undefined) cache.record(language, source, fileKey(file.sourceHash, this.#options.glossaryHash, file.diskHash), summary.counts);
    else cache.forget(language, source);
    if (file.diskHash !== undefined) cache.memoryIndex.remember(file.path, file.diskHash, language, file.model.segments);
  }
}
