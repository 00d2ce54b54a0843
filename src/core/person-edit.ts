/**
 * Whose a target is. A run writes `machine: { provider, hash }` with every machine target, so a target the record
 * does not vouch for — no record, or a hash of other text — was written or changed by a person, whatever the status
 * says. The merge rules, the status table, publish and check all judge by this one rule.
 */
import { contentHash } from './hash.ts';
import type { SegmentStatus, TranslationEntry } from './translation.ts';

/** True when the target was written or changed by a person (whatever the status says). */
export function isPersonTarget(entry: TranslationEntry): boolean {
  if (entry.status === 'edited' || entry.status === 'reviewed' || entry.status === 'stale') return true;
  if (entry.target === '') return false;
  return entry.machine === undefined || contentHash(entry.target) !== entry.machine.hash;
}

/** The status the entry has in truth, as the next run would write it: a person's target left at `machine` is `edited`. */
export function effectiveStatus(entry: TranslationEntry): SegmentStatus {
  if (entry.status === 'stale') return 'stale';
  if (entry.target === '') return 'new';
  if ((entry.status === 'machine' || entry.status === 'new') && isPersonTarget(entry)) return 'edited';
  return entry.status;
}
