/** What the translate pass is given and what it returns. */
import type { Layout } from '../workspace/index.ts';
import type { TargetLanguage } from '../core/translation.ts';
import type { Glossary } from '../glossary/index.ts';
import type { Provider, ProviderError } from '../providers/types.ts';
import type { FileSummary, RunEvent } from './events.ts';
import type { Journal } from './journal/journal.ts';
import type { TranslationMemory } from './plan/translation-memory.ts';
import type { CostBudget } from './send/cost-budget.ts';
import type { SchedulerResult } from './send/scheduler.ts';
import type { Feed } from './survey/article-feed.ts';
import type { ArticleRef } from './survey/load-repository.ts';
import type { RunCache } from './survey/run-cache.ts';

export interface TranslatePassOptions {
  root: string;
  /** The project's folders (config); translation files are planned at its paths. */
  layout: Layout;
  /** The articles the survey planned: all of them, or a feed the survey fills as it goes (a streamed run). */
  articles: readonly ArticleRef[] | Feed<ArticleRef>;
  languages: readonly TargetLanguage[];
  glossary: Glossary;
  glossaryHash: string;
  abbreviations: ReadonlySet<string>;
  provider: Provider;
  journal: Journal;
  memory: TranslationMemory;
  /** How many places ask for each recurring sentence; a promise while the survey still counts (a streamed run). */
  recurring: Map<number, number> | Promise<Map<number, number>>;
  /** The cost limits every request must fit before it is sent. */
  budget?: CostBudget;
  cache: RunCache;
  /** false: a dry run — nothing is sent or written; each file only reports whether it would change. */
  write: boolean;
  /** A streamed run: files finished before the first request is admitted are written only then (nothing if it is refused). */
  holdWritesUntilSent?: boolean;
  /** false: nothing is sent (dry run, a provider that only repeats the memory, or one that failed to prepare). */
  send: boolean;
  /**
   * The provider's preparation (its glossary) while it is still under way: the pass plans meanwhile and holds its
   * first requests until it has ended; its error (a ProviderError) stops the run before any request, as a
   * failed request would.
   */
  providerReady?: Promise<ProviderError | undefined>;
  /** Summaries by path, one per planned file: each file the pass finishes replaces its own. */
  summaries: Map<string, FileSummary>;
  /** Requests and segments the price pass expects, for progress (read at each report: a streamed run fills it in late). */
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
