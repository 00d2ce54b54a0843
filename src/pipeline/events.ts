/** What a translate run reports while it works and when it ends. The CLI turns these into a progress bar and a summary. */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { SegmentStatus, TargetLanguage } from '../core/translation.ts';
import type { ProviderErrorKind, TokenUsage } from '../providers/types.ts';

export type RunEvent =
  /** `articles` were read (with `segments`); `unchanged` were skipped unread, complete since the last run. */
  | { type: 'loaded'; articles: number; segments: number; unchanged: number }
  | { type: 'sending'; batches: number; segments: number; provider: string }
  /** A request answered (or failed): `done` requests answered so far, `segmentsDone` translations that arrived. */
  | { type: 'batch'; done: number; total: number; segmentsDone: number; segmentsTotal: number }
  | { type: 'retry'; waitMs: number; concurrency: number; attempt: number }
  | { type: 'written'; path: string };

export interface FileSummary {
  article: string;
  language: TargetLanguage;
  path: string;
  counts: Record<SegmentStatus, number>;
  /** Segments with no target yet. */
  untranslated: number;
  /** Machine targets whose markup came back broken (flagged with `review:`). */
  flagged: number;
  /** Filled from the translation memory this run. */
  fromMemory: number;
  /** Translated by the provider this run. */
  fromProvider: number;
  billedCharacters: number;
  changed: boolean;
}

export interface LanguageCost {
  language: TargetLanguage;
  segments: number;
  characters: number;
  requests: number;
  /** LLM providers: estimated tokens. */
  tokens?: TokenUsage;
}

export interface RunSummary {
  provider: string;
  billable: boolean;
  dryRun: boolean;
  files: FileSummary[];
  /** What the provider would be (dry run) or was asked for. */
  cost: LanguageCost[];
  requests: number;
  /** Characters billed, including those of `possiblyBilled` (never below what the account was charged). */
  billedCharacters: number;
  /** Requests that failed after the provider may have billed them (a timeout, a broken answer), and their characters. */
  possiblyBilled?: { requests: number; characters: number };
  /** LLM providers: tokens the endpoint reported. */
  tokens?: TokenUsage;
  untranslated: number;
  orphans: string[];
  /** Files that could not be read, with why: left out of the run and not written (the CLI exits 2). */
  unreadable: Diagnostic[];
  /** Set when the run stopped early: the provider error, or an interruption. */
  stopped?: { kind: ProviderErrorKind | 'interrupted'; message: string };
  /** Sources and translation files that changed on disk while the run worked; left as they are for the next run. */
  changedDuringRun?: string[];
  /** Set when the run refused to start because of cost (--max-chars or the remaining quota). */
  refused?: { reason: 'max-chars' | 'quota'; message: string };
}
