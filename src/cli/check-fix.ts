/** `check --fix[=all] [--dry-run]`: plan the certain fixes, print them as a diff, write the files atomically. */
import path from 'node:path';
import { formatFixDiff, planFixes, type CheckInput, type FixScope } from '../check/index.ts';
import { isText, replaceFileIfUnchanged } from '../store/index.ts';
import { UsageError } from './args.ts';
import type { CliIO } from './io.ts';

/** `--fix` alone means machine segments; `--fix=all` also edited and reviewed ones. */
export function takeFixOption(argv: readonly string[]): { fix: FixScope | undefined; argv: string[] } {
  let fix: FixScope | undefined;
  const rest: string[] = [];
  for (const arg of argv) {
    if (arg === '--fix' || arg === '--fix=machine') fix = 'machine';
    else if (arg === '--fix=all') fix = 'all';
    else if (arg.startsWith('--fix=')) throw new UsageError(`--fix takes no value or =all (also edited and reviewed segments), not "${arg.slice(6)}".`);
    else rest.push(arg);
  }
  return { fix, argv: rest };
}

/** Returns whether any file was written. A file a person saved since it was read is left alone. */
export async function applyFixes(io: CliIO, root: string, input: CheckInput, scope: FixScope, dryRun: boolean): Promise<boolean> {
  const fixes = planFixes(input, scope);
  const count = fixes.reduce((n, f) => n + f.segments.length, 0);
  if (count === 0) {
    io.stdout('dolmetsch check --fix: nothing to fix\n');
    return false;
  }
  io.stdout(formatFixDiff(fixes));
  if (dryRun) {
    io.stdout(`dolmetsch check --fix --dry-run: would fix ${count} segment(s) in ${fixes.length} file(s); nothing written\n`);
    return false;
  }
  let written = 0;
  let fixed = 0;
  for (const file of fixes) {
    // The store's one way to write a file people edit: a save made at any moment before the rename is kept.
    const outcome = await replaceFileIfUnchanged(path.join(root, file.path), file.after, isText(file.before));
    if (outcome === 'changed-on-disk') {
      io.stderr(`dolmetsch check --fix: ${file.path} changed while the check ran; left as it is (run again)\n`);
      continue;
    }
    written++;
    fixed += file.segments.length;
  }
  io.stdout(`dolmetsch check --fix: fixed ${fixed} segment(s) in ${written} file(s)${written < fixes.length ? `; ${fixes.length - written} file(s) left as saved` : ''}\n\n`);
  return written > 0;
}
