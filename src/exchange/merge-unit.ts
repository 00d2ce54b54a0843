/**
 * One unit of an exchange file against its YAML entry, as a three-way merge: base (the YAML at export, carried in
 * the file), ours (the YAML now) and theirs (the file). A side that still equals the base has not changed.
 *   theirs unchanged            → nothing, whatever ours did (no relabelling, marks kept)
 *   only theirs changed         → theirs applied
 *   both changed, same result   → nothing
 *   both changed, differently   → conflict: not applied unless the caller takes theirs (`--theirs`)
 * A unit without a base (a file exported before bases existed, or a tool dropped it) takes the YAML's entry as
 * its base only while that entry is still untouched machine output (or empty): then nothing a person made can be
 * lost. A person's target there is a conflict; an equal target may only be promoted (edited → reviewed), never
 * demoted, because an old file's state is older than the YAML's.
 */
import { contentHash } from '../core/hash.ts';
import type { SegmentStatus, TranslationEntry } from '../core/translation.ts';
import type { ImportUnit } from './read-exchange.ts';
import { xmlSafe } from './xml-text.ts';

export type MergeDecision =
  | { kind: 'unchanged' }
  | { kind: 'apply'; target: string; status: SegmentStatus; /** Taken over a conflicting YAML change. */ overrides?: true }
  | { kind: 'conflict'; why: 'both-changed' | 'no-base' };

/** `unit.target` must be set and non-empty. */
export function mergeUnit(entry: TranslationEntry, unit: ImportUnit & { target: string }, takeTheirs: boolean): MergeDecision {
  // What the file can hold of our target: exporters replace characters XML cannot carry.
  const ours = xmlSafe(entry.target);
  const target = unit.target === ours ? entry.target : unit.target;
  const status: SegmentStatus = unit.status ?? (target !== entry.target ? 'edited' : entry.status);
  const proposal = target === entry.target && status === entry.status ? { kind: 'unchanged' as const } : { kind: 'apply' as const, target, status };

  const base = unit.base;
  if (base === undefined) {
    if (isUntouchedMachineOutput(entry)) return proposal;
    if (target === entry.target) return RANK[status] > RANK[entry.status] ? proposal : { kind: 'unchanged' };
    return takeTheirs ? { kind: 'apply', target, status, overrides: true } : { kind: 'conflict', why: 'no-base' };
  }
  const theirsChanged = unit.target !== base.target || unit.status !== base.stateStatus;
  if (!theirsChanged) return { kind: 'unchanged' };
  const oursChanged = ours !== base.target || entry.status !== base.status;
  // Ours changed only by a run's machine output (e.g. a unit empty at export, filled since): no person's work is lost.
  if (!oursChanged || isUntouchedMachineOutput(entry) || proposal.kind === 'unchanged') return proposal;
  return takeTheirs ? { ...proposal, overrides: true } : { kind: 'conflict', why: 'both-changed' };
}

const RANK: Record<SegmentStatus, number> = { new: 0, machine: 0, stale: 0, edited: 1, reviewed: 2 };

/** Empty, or the machine's text exactly as it came (a person who changes a target makes it theirs). */
function isUntouchedMachineOutput(entry: TranslationEntry): boolean {
  if (entry.target === '') return true;
  return entry.status === 'machine' && entry.machine !== undefined && entry.machine.hash === contentHash(entry.target);
}
