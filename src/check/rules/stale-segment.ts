/** Segments whose German changed after a person translated them (`status: stale`). */
import type { CheckRule } from '../types.ts';
import { finding } from './finding.ts';

export const staleSegment: CheckRule = {
  id: 'stale-segment',
  severity: 'warning',
  summary: 'The German changed after a person’s translation was made (status: stale); the target may say something else now.',
  run: ({ segments }) =>
    segments
      .filter((segment) => segment.entry.status === 'stale')
      .map((segment) =>
        finding(segment, {
          ruleId: 'stale-segment',
          severity: 'warning',
          message: 'the German changed after this translation was made (status: stale)',
          hint: `compare previous_source with source, update the target${segment.entry.suggestion ? ' (the suggestion field has a machine draft)' : ''}, then set status: reviewed and delete previous_source`,
        }),
      ),
};
