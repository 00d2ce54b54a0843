/** The run's summary: per-file counts and the files the cache skipped. */
import { SEGMENT_STATUSES, type TargetLanguage, type TranslationEntry } from '../../core/translation.ts';
import { DEFAULT_LAYOUT, translationPath, type Layout } from '../../workspace/index.ts';
import type { FileSummary } from '../events.ts';
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
