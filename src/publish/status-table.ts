/** `dolmetsch status`: articles × languages with segments per status and the reviewed share. */
import type { TargetLanguage } from '../core/translation.ts';
import { placeArticle, type PlacedStatus } from './article-model.ts';
import { translationPath, type Layout } from '../workspace/index.ts';
import type { ArticleSources } from './publish.ts';
import { COUNTED_STATUSES, countStatuses } from './status-counts.ts';

export interface StatusRow {
  article: string;
  language: TargetLanguage;
  total: number;
  counts: Record<PlacedStatus, number>;
  percentReviewed: number;
  /** Errors `dolmetsch check` finds in the translation file (publish refuses the article while there are any). */
  checkErrors: number;
  /** Whether `dolmetsch publish` would publish it without --drafts: all confirmed, and no check error. */
  publishable: boolean;
}

export function statusTable(
  articles: readonly ArticleSources[],
  languages: readonly TargetLanguage[],
  checkErrors: (file: string) => readonly unknown[] = () => [],
  layout?: Layout,
): StatusRow[] {
  return articles.flatMap((article) =>
    languages.filter((language) => !article.unreadable?.includes(language)).map((language) => {
      const placed = placeArticle(article.document, article.segments, language, article.translations[language]);
      const { total, byStatus, percentReviewed } = countStatuses(placed);
      const errors = article.translations[language] ? checkErrors(translationPath(language, article.document.slug, layout)).length : 0;
      return { article: article.document.slug, language, total, counts: byStatus, percentReviewed, checkErrors: errors, publishable: placed.status !== 'draft' && errors === 0 };
    }),
  );
}

/** Fixed-width text table, one line per article and language. */
export function formatStatusTable(rows: readonly StatusRow[]): string {
  const header = ['article', 'lang', ...COUNTED_STATUSES, 'total', 'reviewed', 'publish'];
  const lines = rows.map((row) => [
    row.article, row.language, ...COUNTED_STATUSES.map((status) => String(row.counts[status])), String(row.total),
    `${row.percentReviewed.toFixed(1)} %`, row.publishable ? 'yes' : row.checkErrors > 0 ? `no (${row.checkErrors} check error(s))` : 'no',
  ]);
  const widths = header.map((cell, i) => lines.reduce((widest, line) => Math.max(widest, line[i]!.length), cell.length));
  const format = (cells: string[]): string => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return `${[format(header), ...lines.map(format)].join('\n')}\n`;
}
