/** Segments a run flagged for a person's look (`review:`), e.g. markup that came back broken. */
import type { CheckRule } from '../types.ts';
import { finding, quote } from './finding.ts';

export const reviewFlagged: CheckRule = {
  id: 'review-flagged',
  severity: 'warning',
  summary: 'A segment is flagged for review (`review:` is set), e.g. because its markup came back broken.',
  run: ({ segments }) =>
    segments
      .filter((segment) => segment.hasTarget && segment.entry.review !== undefined && segment.entry.review.trim() !== '')
      .map((segment) =>
        finding(segment, {
          ruleId: 'review-flagged',
          severity: 'warning',
          message: `flagged for review: ${quote(segment.entry.review!, 160)}`,
          hint: 'check the target against the German and fix it, then delete the `review:` line',
          field: 'review',
        }),
      ),
};
