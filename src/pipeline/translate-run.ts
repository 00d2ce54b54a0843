/**
 * One `translate` run: load and validate everything, plan every file, fill what the memory knows,
 * send the rest to the provider in batches, and write each file as its translations arrive.
 */
import { contentHash } from '../core/hash.ts';
import type { TargetLanguage, TranslationFile } from '../core/translation.ts';
import { createProvider } from '../providers/registry.ts';
import { ProviderError, type Provider, type ProviderSettings, type Usage } from '../providers/types.ts';
import { applyResults, fill, restoreResults } from './apply-results.ts';
import type { RunEvent, RunSummary } from './events.ts';
import { loadRepository, type Article } from './load-repository.ts';
import { fileKey, RunCache } from './run-cache.ts';
import { acquireRunLock } from './run-lock.ts';
import { planFile, type Need } from './merge-rules.ts';
import { runBatches } from './scheduler.ts';
import { batchesFor, byArticleAndLanguage, cleanSummaries, emptySummary, finishSummary, languageCost } from './run-summary.ts';
import { taggedMemory, TranslationMemory } from './translation-memory.ts';
import { FileWriter, MemoryWriter, type TrackedFile } from './file-writer.ts';
import { Journal } from './journal.ts';
import { WorkList } from './work-items.ts';
import { translationPath, type Shard } from '../workspace/index.ts';

export interface TranslateOptions {
  root: string;
  /** Source files or folders; empty = all of source/. */
  paths: readonly string[];
  /** Only this part of the articles (a CI matrix job). */
  shard?: Shard;
  languages: readonly TargetLanguage[];
  provider: string;
  providerSettings: ProviderSettings;
  dryRun: boolean;
  concurrency: number;
  /** Refuse to start when the run would bill more characters. */
  maxChars?: number;
  /** Start even when the provider's remaining quota looks too small. */
  force: boolean;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
  /** Scheduler tuning for tests: wait before retrying a rate-limited batch with no Retry-After. */
  rateLimitBaseDelayMs?: number;
}

export async function translateRun(options: TranslateOptions): Promise<RunSummary> {
  if (options.dryRun) return run(options);
  const lock = await acquireRunLock(options.root);
  try {
    return await run(options);
  } finally {
    await lock.release();
  }
}

async function run(options: TranslateOptions): Promise<RunSummary> {
  const emit = options.onEvent ?? (() => undefined);
  const cache = await RunCache.read(options.root);
  const repository = await loadRepository(options.root, options.paths, options.languages, cache, options.shard);
  const { glossary, articles } = repository;
  emit({ type: 'loaded', articles: articles.length + repository.clean.length, segments: articles.reduce((n, a) => n + a.segments.length, 0) });

  // Plan every file that may need work; articles the cache knows to be complete are only counted.
  const files: TrackedFile[] = [];
  const needs: Array<{ file: TrackedFile; article: Article; need: Need }> = [];
  const memoryWriter = new MemoryWriter(options.root, repository.memories);
  for (const article of articles) {
    const slug = article.document.slug;
    for (const language of options.languages) {
      const path = translationPath(language, slug);
      const existing = repository.translations.get(path);
      const plan = planFile(slug, article.segments, article.glossaryIds, existing?.model.segments ?? []);
      memoryWriter.add(language, plan.removed);
      const model: TranslationFile = { article: slug, language, source: article.document.path, segments: plan.entries };
      const file: TrackedFile = { path, model, existing, sourceHash: article.sourceHash, summary: emptySummary(slug, language, path), version: 0 };
      files.push(file);
      for (const need of plan.needs) needs.push({ file, article, need });
    }
  }

  // What an interrupted run already paid for, and what the memory knows, is never sent to a provider.
  const work = new WorkList<TrackedFile>();
  const journal = await Journal.open(options.root);
  let memory: TranslationMemory | undefined;
  const buildMemory = async (): Promise<TranslationMemory> => {
    if (memory) return memory;
    await repository.loadAll();
    memory = new TranslationMemory();
    for (const parsed of repository.translations.values()) memory.addEntries(parsed.model.language, parsed.model.segments);
    for (const [language, parsed] of repository.memories) memory.addMemory(language, parsed.model.entries);
    return memory;
  };
  if (needs.length > 0) {
    const memory = await buildMemory();
    for (const { file, article, need } of needs) {
      const language = file.model.language;
      const source = file.model.segments[need.segmentIndex]!.source;
      const paid = journal.lookup(language, source);
      const known = paid ? undefined : memory.lookup(language, source);
      if (paid) {
        fill(file, need, paid.target, paid.provider, paid.review);
        file.summary.fromProvider++;
      } else if (known !== undefined) {
        fill(file, need, known, 'memory');
        file.summary.fromMemory++;
      } else {
        work.add(language, file, need, article, glossary);
      }
    }
  }
  const provider = createProvider(options.provider, { ...options.providerSettings, ...(memory ? { memory: taggedMemory(memory) } : {}) });

  const batchesByLanguage = options.languages.map((language) => batchesFor(provider, work.forLanguage(language)));
  const cost = options.languages.map((language, i) => languageCost(provider, language, batchesByLanguage[i]!));
  const summary: RunSummary = {
    provider: provider.name,
    billable: provider.billable,
    dryRun: options.dryRun,
    files: [...files.map((file) => file.summary), ...cleanSummaries(repository.clean)].sort(byArticleAndLanguage),
    cost,
    requests: 0,
    billedCharacters: 0,
    untranslated: 0,
    orphans: repository.orphans,
  };
  const finish = () => {
    const tokens = provider.stats?.();
    if (tokens) summary.tokens = tokens;
    return finishSummary(summary, files);
  };
  const finishAndRemember = async (writers: Map<TrackedFile, FileWriter>) => {
    finish();
    for (const [file, writer] of writers) {
      const complete = file.summary.untranslated === 0 && file.model.segments.every((e) => e.status !== 'stale' || e.suggestion !== undefined);
      const onDisk = writer.diskHash;
      if (complete && onDisk !== undefined) cache.record(file.model.language, file.model.source, fileKey(file.sourceHash, repository.glossaryHash, onDisk), file.summary.counts);
      else cache.forget(file.model.language, file.model.source);
    }
    await cache.write(options.root);
    // Every file is written now, so what the journal held is in them, except translations no sentence asked for
    // any more and no file holds (the sentence changed after the kill): those were paid for too, and go to the memory.
    const unused = journal.leftovers();
    const known = unused.length > 0 ? await buildMemory() : undefined;
    const leftovers = unused.filter((entry) => known?.lookup(entry.language, entry.source) === undefined);
    for (const entry of leftovers) {
      memoryWriter.add(entry.language, [{ source: entry.source, target: entry.target, status: 'machine', machine: { provider: entry.provider, hash: contentHash(entry.target) } }]);
    }
    if (leftovers.length > 0) await memoryWriter.write(emit);
    await journal.clear();
    return summary;
  };

  if (options.dryRun) {
    for (const file of files) file.summary.changed = new FileWriter(options.root, file).wouldChange();
    return finish();
  }

  const characters = provider.billable ? cost.reduce((n, c) => n + c.characters, 0) : 0;
  if (options.maxChars !== undefined && characters > options.maxChars) {
    summary.refused = { reason: 'max-chars', message: `This run would bill ${characters} characters, more than --max-chars ${options.maxChars}.` };
    return finish();
  }
  // The server-side glossary is made ready while the quota is read: both are needed before the first request.
  const batches = batchesByLanguage.flat();
  const prepared: Promise<unknown> =
    batches.length > 0 && provider.prepare
      ? provider.prepare({ glossary: glossary.export(), signal: options.signal }).then(() => undefined, (error: unknown) => error)
      : Promise.resolve(undefined);
  const objection = characters > 0 && !options.force ? await quotaObjection(provider, characters, options.signal) : undefined;
  if (objection) {
    await prepared;
    Object.assign(summary, objection);
    return finish();
  }

  // The memory first (it holds what leaves the articles), then every file that waits for no provider; the others
  // are written as their translations arrive, so a kill loses at most the requests in flight.
  await memoryWriter.write(emit);
  const writers = new Map(files.map((file) => [file, new FileWriter(options.root, file)]));
  const waiting = work.pendingByFile();
  for (const [file, writer] of writers) if (provider.memoryOnly || !waiting.has(file)) await writer.write(emit);

  if (batches.length > 0) {
    const segmentsTotal = work.size;
    emit({ type: 'sending', batches: batches.length, segments: segmentsTotal, provider: provider.name });
    const prepareError = await prepared;
    if (prepareError !== undefined) {
      if (!(prepareError instanceof ProviderError)) throw prepareError;
      summary.stopped = { kind: prepareError.kind, message: prepareError.message };
      for (const writer of writers.values()) await writer.write(emit);
      return finishAndRemember(writers);
    }
    let done = 0;
    let segmentsDone = 0;
    const outcome = await runBatches(
      batches.length,
      (index) => {
        summary.requests++;
        const batch = batches[index]!;
        return provider.translate({
          targetLanguage: batch[0]!.language,
          segments: batch.map((item) => item.segment),
          signal: options.signal,
        });
      },
      async (index, result) => {
        const batch = batches[index]!;
        if (result.kind === 'done') {
          const results = restoreResults(batch, result.result.translations, provider.name);
          await journal.append(results.map(({ entry }) => entry));
          for (const file of applyResults(results, waiting)) await writers.get(file)!.write(emit);
          segmentsDone += batch.length;
          work.release(batch);
          batches[index] = [];
        }
        emit({ type: 'batch', done: ++done, total: batches.length, segmentsDone, segmentsTotal });
      },
      {
        concurrency: options.concurrency,
        signal: options.signal,
        ...(options.rateLimitBaseDelayMs !== undefined ? { rateLimitBaseDelayMs: options.rateLimitBaseDelayMs } : {}),
        onRetry: (info) => emit({ type: 'retry', waitMs: info.waitMs, concurrency: info.concurrency, attempt: info.attempt }),
      },
    );
    if (outcome.stoppedBy) summary.stopped = { kind: outcome.stoppedBy.kind, message: outcome.stoppedBy.message };
    else if (outcome.interrupted) summary.stopped = { kind: 'interrupted', message: 'Interrupted: nothing more was sent.' };
  }
  // Files whose requests failed or never went out still get their new structure.
  for (const writer of writers.values()) await writer.write(emit);
  return finishAndRemember(writers);
}

/** Why a run must not start: more characters than the provider's quota has left, or the quota could not be read. */
async function quotaObjection(
  provider: Provider,
  characters: number,
  signal: AbortSignal | undefined,
): Promise<Pick<RunSummary, 'refused' | 'stopped'> | undefined> {
  if (!provider.usage) return undefined;
  let usage: Usage;
  try {
    usage = await provider.usage(signal);
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return { stopped: { kind: error.kind, message: error.message } };
  }
  if (usage.limit === undefined || characters <= usage.limit - usage.used) return undefined;
  const left = usage.limit - usage.used;
  return { refused: { reason: 'quota', message: `This run would bill ${characters} characters but only ${left} of ${usage.limit} are left this period.` } };
}
