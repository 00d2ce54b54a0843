/** `dolmetsch status`: articles × languages with segments per status and the reviewed share. */
import type { TargetLanguage } from '../core/translation.ts';
import { placeArticle, type PlacedStatus } from './article-model.ts';
import type { ArticleSources } from './publish.ts';
import { COUNTED_STATUSES, countStatuses } from './status-counts.ts';

export interface StatusRow {
  article: string;
  language: TargetLanguage;
  total: number;
  counts: Record<PlacedStatus, number>;
  percentReviewed: number;
  /** Whether `dolmetsch publish` would publish it without --drafts. */
  publishable: boolean;
}

export function statusTable(articles: readonly ArticleSources[], languages: readonly TargetLanguage[]): StatusRow[] {
  return articles.flatMap((article) =>
    languages.map((language) => {
      const placed = placeArticle(article.document, article.segments, language, article.translations[language]);
      const { total, byStatus, percentReviewed } = countStatuses(placed);
      return { article: article.document.slug, language, total, counts: byStatus, percentReviewed, publishable: placed.status !== 'draft' };
    }),
  );
}

/** Fixed-width text table, one line per article and language. */
export function formatStatusTable(rows: readonly StatusRow[]): string {
  const header = ['article', 'lang', ...COUNTED_STATUSES, 'total', 'reviewed', 'publish'];
  const lines = rows.map((row) => [
    row.article, row.language, ...COUNTED_STATUSES.map((status) => String(row.counts[status])), String(row.total),
    `${row.percentReviewed.toFixed(1)} %`, row.publishable ? 'yes' : 'no',
  ]);
  const widths = header.map((cell, i) => lines.reduce((widest, line) => Math.max(widest, line[i]!.length), cell.length));
  const format = (cells: string[]): string => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return `${[format(header), ...lines.map(format)].join('\n')}\n`;
}
