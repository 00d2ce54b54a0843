/**
 * One `translate` run, in two passes so that memory stays flat however many articles there are:
 * the survey reads, checks, plans and prices everything keeping only numbers; then, once the cost guards allow it,
 * the translate pass plans each article again, fills what is already paid for, sends the rest in batches and
 * writes each file as its translations arrive.
 */
import path from 'node:path';
import { createProvider } from '../providers/registry.ts';
import { ProviderError, type Provider, type ProviderSettings, type Usage } from '../providers/types.ts';
import type { TargetLanguage } from '../core/translation.ts';
import type { RunEvent, RunSummary } from './events.ts';
import { MemoryWriter } from './write/memory-writer.ts';
import { restoreSetAside } from '../store/index.ts';
import { rememberLeftovers } from './journal/leftovers.ts';
import { RunCache } from './survey/run-cache.ts';
import { acquireRunLock } from './run-lock.ts';
import { completeSummary, startSummary } from './write/run-summary.ts';
import { surveyRun, type Survey } from './survey/survey.ts';
import { taggedMemory, TranslationMemory } from './plan/translation-memory.ts';
import { translatePass, type TranslatePassOptions, type TranslatePassResult } from './translate-pass.ts';
import { ProviderReadiness } from './send/provider-readiness.ts';
import { DEFAULT_LAYOUT, type Layout, type Shard } from '../workspace/index.ts';
import { startsWithoutMemory, streamedRun } from './streamed-run.ts';

export interface TranslateOptions {
  root: string;
  /** Source files or folders; empty = all of the source folder. */
  paths: readonly string[];
  /** Where the project keeps sources, translations and the glossary (its config); default: source/, translations/, glossary.yaml. */
  layout?: Layout;
  /** The running tool's fingerprint (cli/version.ts): the repository index another build wrote is not trusted. */
  tool?: string;
  /** The folder `paths` are relative to (where the person stands); default: root. */
  from?: string;
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
    // Files a killed writer had moved aside go back first, before anything is read.
    await restoreSetAside(path.join(options.root, (options.layout ?? DEFAULT_LAYOUT).translationsDir));
    return await run(options);
  } finally {
    await lock.release();
  }
}

async function run(options: TranslateOptions): Promise<RunSummary> {
  const emit = options.onEvent ?? (() => undefined);
  const cache = await RunCache.read(options.root, options.tool);
  // The `memory` provider reads the memory the survey loads; it is only asked once the survey is done.
  let memory: TranslationMemory | undefined;
  let tagged: ReturnType<typeof taggedMemory> | undefined;
  const provider = createProvider(options.provider, {
    ...options.providerSettings,
    memory: { lookup: (language, text) => (tagged ??= taggedMemory(memory ?? new TranslationMemory())).lookup(language, text) },
  });

  if (!options.dryRun && (await startsWithoutMemory(options.root, options.languages, options.layout))) return translateStreamed(options, cache, provider, emit);
  const survey = await surveyRun(options.root, options.paths, options.languages, options.shard, cache, provider, options.from, options.layout);
  try {
    memory = survey.memory;
    return await translateSurveyed(options, survey, cache, provider, emit);
  } finally {
    survey.journal.close();
  }
}

async function translateSurveyed(
  options: TranslateOptions,
  survey: Survey,
  cache: RunCache,
  provider: Provider,
  emit: (event: RunEvent) => void,
): Promise<RunSummary> {
  const { repository, cost } = survey;
  emit({ type: 'loaded', articles: repository.articles.length, segments: survey.segments, unchanged: repository.clean.length });
  const summary = startSummary(options, survey, provider);
  const expected = { requests: cost.reduce((n, c) => n + c.requests, 0), segments: cost.reduce((n, c) => n + c.segments, 0) };
  const sending = expected.requests > 0 && !provider.memoryOnly;
  const pass = (send: boolean, write: boolean) => translatePass({ ...passOptions(options, survey, cache, provider, emit), write, send: send && sending, expected });

  if (options.dryRun) return completeSummary(summary, survey, await pass(false, false), provider);

  const characters = provider.billable ? cost.reduce((n, c) => n + c.characters, 0) : 0;
  if (options.maxChars !== undefined && characters > options.maxChars) {
    summary.refused = { reason: 'max-chars', message: `This run would bill ${characters} characters, more than --max-chars ${options.maxChars}.` };
    return completeSummary(summary, survey, undefined, provider);
  }
  // Only now, with every input read and checked: bad input never reaches the provider.
  const readiness = new ProviderReadiness(provider, options.signal, provider.billable && !options.force, cache.preparation(provider.name));
  if (sending) readiness.start(repository.glossary);
  const objection = characters > 0 && !options.force ? quotaObjection(await readiness.usage(), characters) : undefined;
  if (objection) {
    await readiness.settled();
    Object.assign(summary, objection);
    return completeSummary(summary, survey, undefined, provider);
  }

  // The memory first (it holds what leaves the articles), then the articles.
  const memoryWriter = new MemoryWriter(options.root, survey.repository.layout);
  for (const [language, entries] of survey.removed) memoryWriter.add(language, entries);
  const memoryLeftAlone = await memoryWriter.write(emit);
  if (memoryLeftAlone.length > 0) {
    // What leaves the articles could not go to the memory (a person kept saving it): the articles wait too.
    await readiness.settled();
    summary.changedDuringRun = memoryLeftAlone;
    return completeSummary(summary, survey, undefined, provider);
  }

  const prepareError = await readiness.prepareError();
  if (prepareError) summary.stopped = { kind: prepareError.kind, message: prepareError.message };
  else if (sending) emit({ type: 'sending', batches: expected.requests, segments: expected.segments, provider: provider.name });
  const result = await pass(prepareError === undefined, true);
  await readiness.settled(); // what the provider's preparation left running (a surplus glossary's deletion)
  if (result.stoppedBy) summary.stopped = { kind: result.stoppedBy.kind, message: result.stoppedBy.message };
  else if (result.interrupted) summary.stopped ??= { kind: 'interrupted', message: 'Interrupted: nothing more was sent.' };

  await cache.write(options.root);
  if (result.reachedAll) result.changed.push(...(await rememberLeftovers(options.root, survey, memoryWriter, emit)));
  return completeSummary(summary, survey, result, provider);
}

/** A run with no memory to load (a first run): sending starts while the survey still reads (streamed-run.ts). */
async function translateStreamed(options: TranslateOptions, cache: RunCache, provider: Provider, emit: (event: RunEvent) => void): Promise<RunSummary> {
  const { survey, result, stopped, refused } = await streamedRun(options, cache, provider, emit);
  const summary = startSummary(options, survey, provider);
  if (refused) return completeSummary(Object.assign(summary, { refused }), survey, undefined, provider);
  if (stopped) summary.stopped = stopped;
  else if (result?.stoppedBy) summary.stopped = { kind: result.stoppedBy.kind, message: result.stoppedBy.message };
  else if (result?.interrupted) summary.stopped = { kind: 'interrupted', message: 'Interrupted: nothing more was sent.' };
  if (!result) return completeSummary(summary, survey, undefined, provider);
  await cache.write(options.root);
  if (result.reachedAll) result.changed.push(...(await rememberLeftovers(options.root, survey, new MemoryWriter(options.root, survey.repository.layout), emit)));
  return completeSummary(summary, survey, result, provider);
}

/** What the translate pass takes from the run's options and the survey (a dry run and a real one alike). */
function passOptions(
  options: TranslateOptions,
  survey: Survey,
  cache: RunCache,
  provider: Provider,
  emit: (event: RunEvent) => void,
): Omit<TranslatePassOptions, 'write' | 'send' | 'expected'> {
  const { repository } = survey;
  return {
    root: options.root,
    layout: repository.layout,
    articles: repository.articles,
    languages: options.languages,
    glossary: repository.glossary,
    glossaryHash: repository.glossaryHash,
    abbreviations: repository.abbreviations,
    provider,
    journal: survey.journal,
    memory: survey.memory,
    recurring: survey.recurring,
    cache,
    summaries: survey.planned,
    concurrency: options.concurrency,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.rateLimitBaseDelayMs !== undefined ? { rateLimitBaseDelayMs: options.rateLimitBaseDelayMs } : {}),
    emit,
  };
}

/** Why a run must not start: more characters than the provider's quota has left, or the quota could not be read. */
function quotaObjection(usage: Usage | ProviderError | undefined, characters: number): Pick<RunSummary, 'refused' | 'stopped'> | undefined {
  if (usage === undefined) return undefined;
  if (usage instanceof ProviderError) return { stopped: { kind: usage.kind, message: usage.message } };
  if (usage.limit === undefined || characters <= usage.limit - usage.used) return undefined;
  const left = usage.limit - usage.used;
  return { refused: { reason: 'quota', message: `This run would bill ${characters} characters but only ${left} of ${usage.limit} are left this period.` } };
}
