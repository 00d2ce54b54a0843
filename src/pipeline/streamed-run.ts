/**
 * A run that starts sending while it still reads: when there is no translation memory to load yet (no translation
 * or memory file for the run's languages — a first run), the translate pass needs nothing the survey must finish
 * first. The survey reads, plans and prices ahead; the pass follows right behind it, taking each article as soon as
 * the survey has planned it, and the first request leaves after the first few articles instead of after all of
 * them. The cost guards keep their meaning: every request is priced as it is made and the one that would cross
 * `--max-chars` or the quota left is never sent (send/cost-budget.ts); answers to sentences that may recur are
 * kept until the survey has counted their places (plan/recurring-answers.ts).
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { TargetLanguage } from '../core/translation.ts';
import { ProviderError, type Provider } from '../providers/types.ts';
import { DEFAULT_LAYOUT, listTranslationFiles, memoryPath, type Layout } from '../workspace/index.ts';
import type { FileSummary, RunEvent, RunSummary } from './events.ts';
import { Journal } from './journal/journal.ts';
import { TranslationMemory } from './plan/translation-memory.ts';
import { CostBudget, CostLimitReached } from './send/cost-budget.ts';
import { ProviderReadiness } from './send/provider-readiness.ts';
import { Feed } from './survey/article-feed.ts';
import type { ArticleRef, WorkspaceScan } from './survey/load-repository.ts';
import type { RunCache } from './survey/run-cache.ts';
import { surveyRun, type Survey } from './survey/survey.ts';
import { translatePass, type TranslatePassResult } from './translate-pass.ts';
import type { TranslateOptions } from './translate-run.ts';

type Shared = Pick<WorkspaceScan, 'glossary' | 'glossaryHash' | 'abbreviations'>;

/** True when the run has no translation memory to load: no translation file and no memory file of its languages. */
export async function startsWithoutMemory(root: string, languages: readonly TargetLanguage[], layout: Layout = DEFAULT_LAYOUT): Promise<boolean> {
  if ((await listTranslationFiles(root, languages, layout)).length > 0) return false;
  const present = await Promise.all(languages.map((language) => access(path.join(root, memoryPath(language, layout))).then(() => true, () => false)));
  return !present.includes(true);
}

export interface StreamedOutcome {
  survey: Survey;
  /** Undefined when the run stopped before the pass (the quota could not be read). */
  result?: TranslatePassResult;
  stopped?: RunSummary['stopped'];
  refused?: RunSummary['refused'];
}

export async function streamedRun(options: TranslateOptions, cache: RunCache, provider: Provider, emit: (event: RunEvent) => void): Promise<StreamedOutcome> {
  const readiness = new ProviderReadiness(provider, options.signal, provider.billable && !options.force, cache.preparation(provider.name));
  const sending = !provider.memoryOnly;
  const journal = await Journal.open(options.root); // whole: nothing to filter it by before the survey ends
  // The quota and the provider's glossary list need nothing of the project: asked for first, they are answered
  // while the glossary and the sources are read. Only the glossary's creation waits for glossary.yaml.
  if (sending) readiness.startAccount();
  const feed = new Feed<ArticleRef>();
  const planned = new Map<string, FileSummary>();
  let shared: Shared | undefined;
  let sharedRead: () => void = () => undefined;
  const sharedReady = new Promise<void>((resolve) => (sharedRead = resolve));
  const expected = { requests: 0, segments: 0 };
  const surveying = surveyRun(options.root, options.paths, options.languages, options.shard, cache, provider, options.from, options.layout, {
    journal,
    planned,
    feed,
    hooks: {
      // The provider's glossary is made ready while the sources are still being learned from.
      onGlossary: (glossary) => void (sending && readiness.start(glossary)),
      onShared: (read) => ((shared = read), sharedRead()),
    },
  }).then((survey) => {
    feed.end(); // the survey planned every article: the pass ends after the last one
    expected.requests = survey.cost.reduce((n, c) => n + c.requests, 0);
    expected.segments = survey.cost.reduce((n, c) => n + c.segments, 0);
    emit({ type: 'loaded', articles: survey.repository.articles.length, segments: survey.segments, unchanged: survey.repository.clean.length });
    if (expected.requests > 0 && !provider.memoryOnly) emit({ type: 'sending', batches: expected.requests, segments: expected.segments, provider: provider.name });
    return survey;
  }, (error: unknown) => {
    feed.end(error);
    throw error;
  });
  try {
    await Promise.race([sharedReady, surveying]); // a bad glossary or memory file stops the run here, before any request
    const { glossary, glossaryHash, abbreviations } = shared!;
    const usage = await readiness.usage();
    if (usage instanceof ProviderError) {
      await readiness.settled();
      return { survey: await surveying, stopped: { kind: usage.kind, message: usage.message } };
    }
    const quota = usage?.limit === undefined ? undefined : { used: usage.used, limit: usage.limit };
    const budget = new CostBudget(provider.name, { ...(options.maxChars !== undefined ? { maxChars: options.maxChars } : {}), ...(quota ? { quota } : {}) });
    // The pass plans while the provider's glossary is made ready; its first requests wait for it.
    const providerReady = readiness.prepareError();
    providerReady.catch(() => undefined); // a bug's exception is thrown below, after the pass
    const result = await translatePass({
      root: options.root, layout: options.layout ?? DEFAULT_LAYOUT, articles: feed, languages: options.languages, glossary, glossaryHash, abbreviations, provider, journal,
      memory: new TranslationMemory(), recurring: surveying.then((survey) => survey.recurring), budget, cache, summaries: planned,
      write: true, holdWritesUntilSent: true, send: sending, providerReady, expected, concurrency: options.concurrency, emit,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.rateLimitBaseDelayMs !== undefined ? { rateLimitBaseDelayMs: options.rateLimitBaseDelayMs } : {}),
    });
    const survey = await surveying;
    const prepareError = await providerReady;
    if (prepareError) return { survey, result, stopped: { kind: prepareError.kind, message: prepareError.message } };
    // Refused at its first request, the run sent and wrote nothing: as refused as a run priced before it started.
    const limit = result.stoppedBy;
    if (limit instanceof CostLimitReached && result.requests === 0) return { survey, result, refused: refusal(limit.reason, survey, provider, options.maxChars, quota) };
    // Refused later, it stops like the quota running out (`stoppedBy`): what is finished is written.
    return { survey, result };
  } finally {
    await surveying.catch(() => undefined);
    await readiness.settled();
    journal.close();
  }
}

/** The refusal of a run priced before it started, now that the survey has priced all of it. */
function refusal(reason: 'max-chars' | 'quota', survey: Survey, provider: Provider, maxChars: number | undefined, quota: { used: number; limit: number } | undefined): NonNullable<RunSummary['refused']> {
  const characters = provider.billable ? survey.cost.reduce((n, c) => n + c.characters, 0) : 0;
  if (reason === 'max-chars' || !quota) return { reason, message: `This run would bill ${characters} characters, more than --max-chars ${maxChars}.` };
  return { reason, message: `This run would bill ${characters} characters but only ${quota.limit - quota.used} of ${quota.limit} are left this period.` };
}
