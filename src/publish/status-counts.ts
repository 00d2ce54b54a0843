/** Segments per status for one article and language, as the status table and the review page show them. */
import { SEGMENT_STATUSES } from '../core/translation.ts';
import type { PlacedStatus, PublishedArticle } from './article-model.ts';

export const COUNTED_STATUSES: readonly PlacedStatus[] = [...SEGMENT_STATUSES, 'missing'];

export interface StatusCounts {
  total: number;
  byStatus: Record<PlacedStatus, number>;
  /** Reviewed share, 0–100, one decimal. */
  percentReviewed: number;
}

export function countStatuses(article: PublishedArticle): StatusCounts {
  const byStatus = Object.fromEntries(COUNTED_STATUSES.map((status) => [status, 0])) as Record<PlacedStatus, number>;
  let total = 0;
  for (const block of article.blocks) {
    for (const segment of block.segments) {
      byStatus[segment.status] += 1;
      total += 1;
    }
  }
  const percentReviewed = total === 0 ? 100 : Math.round((byStatus.reviewed / total) * 1000) / 10;
  return { total, byStatus, percentReviewed };
}
