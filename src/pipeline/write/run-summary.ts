/** The run's summary: started from the survey's plan, completed with what the pass did; per-file counts and the files the cache skipped. */
import { SEGMENT_STATUSES, type TargetLanguage, type TranslationEntry } from '../../core/translation.ts';
import { DEFAULT_LAYOUT, translationPath, type Layout } from '../../workspace/index.ts';
import type { FileSummary, RunSummary } from '../events.ts';
import type { Provider } from '../../providers/types.ts';
import type { Survey } from '../survey/survey.ts';
import type { TranslatePassResult } from '../translate-pass.ts';
import type { TranslateOptions } from '../translate-run.ts';
import type { CleanArticle } from '../survey/load-repository.ts';

export function emptySummary(article: string, language: TargetLanguage, path: string): FileSummary {
  const counts = Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, 0])) as FileSummary['counts'];
  return { article, language, path, counts, untranslated: 0, flagged: 0, fromMemory: 0, fromProvider: 0, billedCharacters: 0, changed: false };
}

export function cleanSummaries(clean: readonly CleanArticle[], layout: Layout = DEFAULT_LAYOUT): FileSummary[] {
  return clean.flatMap((article) =>
    [...article.counts].map(([language, counts]) => ({
      ...emptySummary(article.slug, language, translationPath(language, article.slug, layout)),
      counts: { ...counts },
    })),
  );
}

export function byArticleAndLanguage(a: FileSummary, b: FileSummary): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.language < b.language ? -1 : a.language > b.language ? 1 : 0;
}

/** Sets the summary's status counts, untranslated and flagged from the segments as they are now; returns it. */
export function countSegments(s: FileSummary, segments: readonly TranslationEntry[]): FileSummary {
  for (const status of SEGMENT_STATUSES) s.counts[status] = 0;
  s.untranslated = 0;
  s.flagged = 0;
  for (const entry of segments) {
    s.counts[entry.status]++;
    if (entry.target === '') s.untranslated++;
    if (entry.review !== undefined && entry.status === 'machine') s.flagged++;
  }
  return s;
}

/** The summary before the pass: the plan's cost and what could not be read; files and totals come at the end. */
export function startSummary(options: Pick<TranslateOptions, 'dryRun'>, survey: Survey, provider: Provider): RunSummary {
  const { repository, cost } = survey;
  return {
    provider: provider.name,
    billable: provider.billable,
    dryRun: options.dryRun,
    files: [],
    cost,
    requests: 0,
    billedCharacters: 0,
    untranslated: 0,
    orphans: repository.orphans,
    unreadable: repository.unreadable,
  };
}

/** The summary: files the pass finished, the survey's plan for those it did not reach, and the clean ones. */
export function completeSummary(summary: RunSummary, survey: Survey, result: TranslatePassResult | undefined, provider: Provider): RunSummary {
  const files = [...survey.planned.values(), ...cleanSummaries(survey.repository.clean, survey.repository.layout)];
  summary.files = files.sort(byArticleAndLanguage);
  summary.untranslated = files.reduce((n, f) => n + f.untranslated, 0);
  summary.billedCharacters = files.reduce((n, f) => n + f.billedCharacters, 0);
  if (result) {
    summary.requests = result.requests;
    if (result.possiblyBilled.requests > 0) {
      summary.possiblyBilled = { ...result.possiblyBilled };
      summary.billedCharacters += result.possiblyBilled.characters;
    }
    if (result.changed.length > 0) summary.changedDuringRun = result.changed;
  }
  const tokens = provider.stats?.();
  if (tokens) summary.tokens = tokens;
  return summary;
}
