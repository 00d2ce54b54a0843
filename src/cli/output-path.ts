/**
 * Output paths a person names (`--out DIR`, `--output FILE`) are checked and their folder made before anything is
 * written, so a mistake is a clear message naming the path and the fix, not an internal error or a hang.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { makeFolder } from '../store/index.ts';
import { UsageError } from './args.ts';

/** Makes `absolute` a folder that can be written to, or throws a UsageError naming `option` and `given`. */
export async function prepareOutputFolder(option: string, given: string, absolute: string, example: string, folder = given): Promise<void> {
  for (let at = absolute; ; at = path.dirname(at)) {
    const info = await stat(at).catch(() => undefined);
    if (info && !info.isDirectory()) {
      const what = at === absolute ? `${folder} is a file, not a folder` : `${at} is a file, so nothing can be written below it`;
      throw new UsageError(`${option} ${given}: ${what}. Name ${folder === given ? 'a folder' : 'a path'} that can be written to, e.g. ${option} ${example}.`);
    }
    if (info || path.dirname(at) === at) break;
  }
  await makeFolder(absolute).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${option} ${given}: cannot create the folder ${error.path ?? absolute} (${reason(error)}). Choose a folder you can write to, e.g. ${option} ${example}.`);
  });
}

/** Makes the folder of `absolute` (a file to write) and refuses a folder in the file's place. */
export async function prepareOutputFile(option: string, given: string, absolute: string, example: string): Promise<void> {
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isDirectory()) throw new UsageError(`${option} ${given}: ${given} is a folder; name a file, e.g. ${option} ${example}.`);
  await prepareOutputFolder(option, given, path.dirname(absolute), example, path.dirname(given));
}

/** A write that fails after the checks (a full disk, a file system that refuses files) as a message, not a stack. */
export function writeFailed(option: string, given: string, error: unknown): UsageError {
  return new UsageError(`${option} ${given}: could not write there (${reason(error as NodeJS.ErrnoException)}). Choose a folder you can write to.`);
}

function reason(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  if (error.code === 'EROFS') return 'the file system is read-only';
  if (error.code === 'ENOSPC') return 'the disk is full';
  return `the system refused it: ${error.code ?? error.message}`;
}
