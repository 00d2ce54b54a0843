/**
 * Applies each segment's `suppress: [{rule, reason}]`: a finding of that rule on that segment moves to the
 * suppressed list with its reason. A suppression without a reason silences nothing and is itself an error;
 * one naming an unknown rule is an error (a typo would silence nothing unseen); one that silences nothing is a note.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { SUPPRESSIBLE_RULE_IDS } from './catalog.ts';
import { segmentOf } from './rules/finding.ts';
import { listItemLocation } from './scalar-position.ts';
import type { CheckResult, Location, SegmentView } from './types.ts';

/** Where a finding's segment and a suppression are; the incremental check gives them from kept facts. */
export interface SuppressionPlaces {
  segmentOf(diagnostic: Diagnostic): SegmentView | undefined;
  suppressionAt(segment: SegmentView, index: number): Location;
}

const PARSED_PLACES: SuppressionPlaces = {
  segmentOf,
  suppressionAt: (segment, index) => listItemLocation(segment.file, segment.index, 'suppress', index),
};

export function applySuppressions(findings: readonly Diagnostic[], segments: readonly SegmentView[], places: SuppressionPlaces = PARSED_PLACES): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const suppressed: CheckResult['suppressed'] = [];
  const used = new Set<string>();
  for (const diagnostic of findings) {
    const segment = places.segmentOf(diagnostic);
    const index = segment?.entry.suppress?.findIndex((s) => s.rule === diagnostic.ruleId && s.reason.trim() !== '') ?? -1;
    if (segment === undefined || index < 0) {
      diagnostics.push(diagnostic);
      continue;
    }
    suppressed.push({ diagnostic, reason: segment.entry.suppress![index]!.reason.trim() });
    used.add(key(segment, index));
  }
  for (const segment of segments) {
    segment.entry.suppress?.forEach((suppression, index) => {
      const at = places.suppressionAt(segment, index);
      const problem = (severity: Diagnostic['severity'], ruleId: string, message: string, hint: string) =>
        diagnostics.push({ ruleId, severity, message, ...at, hint });
      if (!SUPPRESSIBLE_RULE_IDS.has(suppression.rule)) {
        problem('error', 'suppression-invalid', `the suppression names rule "${suppression.rule}", which the check does not have`,
          `name one of: ${[...SUPPRESSIBLE_RULE_IDS].join(', ')}`);
      } else if (suppression.reason.trim() === '') {
        problem('error', 'suppression-invalid', `the suppression of ${suppression.rule} gives no reason, so it silences nothing`,
          'say in `reason:` why this segment may break the rule, so the next reviewer knows');
      } else if (!used.has(key(segment, index))) {
        problem('note', 'suppression-unused', `the suppression of ${suppression.rule} silences nothing here`,
          'delete it if the problem is fixed');
      }
    });
  }
  return { diagnostics, suppressed };
}

function key(segment: SegmentView, index: number): string {
  return `${segment.file.path}\u0000${segment.index}\u0000${index}`;
}
