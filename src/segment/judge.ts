/**
 * What a decision depends on beyond the text, and why the last one went as it did (for `segment --explain`).
 * One per segmentation run; `reason` is overwritten at every terminator, so nothing is allocated per decision.
 */
export interface Judge {
  learned: ReadonlySet<string> | undefined;
  reason: string;
  /** What the token before the terminator was taken for, when that decided (`a bound abbreviation from the list`). */
  token: string;
}

/** `endsBefore` verdicts: AFTER the cluster, NONE, or a position before the cluster (a rank that opens a list item). */
export const AFTER = -2;
export const NONE = -1;

/** Records why, for `segment --explain`, and returns the verdict. */
export function because(judge: Judge, reason: string, at: number, token = ''): number {
  judge.reason = reason;
  judge.token = token;
  return at;
}
