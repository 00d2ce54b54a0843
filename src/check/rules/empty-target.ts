/** Segments without a translation: a note while work is in progress, an error with --require-complete. */
import type { CheckRule } from '../types.ts';
import { finding, languageName } from './finding.ts';

export const emptyTarget: CheckRule = {
  id: 'empty-target',
  severity: 'note',
  summary: 'A segment has no translation yet (a note; an error with --require-complete).',
  run: ({ segments, options }) =>
    segments
      .filter((segment) => !segment.hasTarget)
      .map((segment) =>
        finding(segment, {
          ruleId: 'empty-target',
          severity: options.requireComplete ? 'error' : 'note',
          message: `no ${languageName(segment.language)} translation yet (status: ${segment.entry.status})`,
          hint: 'run `npm run translate` for a machine draft, or write the target yourself',
        }),
      ),
};
