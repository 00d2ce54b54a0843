/** What `check --fix` changes, as a diff a reviewer reads: per file, per segment, the old and the new target. */
import type { FileFix } from './plan-fixes.ts';

export function formatFixDiff(fixes: readonly FileFix[]): string {
  const out: string[] = [];
  for (const file of fixes) {
    out.push(`--- ${file.path}`, `+++ ${file.path} (fixed)`);
    for (const s of file.segments) {
      out.push(`@@ line ${s.line}, segment ${s.id} (${s.rules.join(', ')}) @@`);
      out.push(...s.before.split('\n').map((l) => `-${l}`), ...s.after.split('\n').map((l) => `+${l}`));
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
