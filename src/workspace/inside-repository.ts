/**
 * Symbolic links and the repository's edge. A path inside the repository can still lead out of it through a link
 * (`source/a.md → /etc/passwd`, `source/archiv → /home/x`); dolmetsch reads only what really lies inside, so an
 * article never publishes a file from elsewhere on the machine.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostic.ts';

const realRoots = new Map<string, Promise<string>>();

function realRoot(root: string): Promise<string> {
  let found = realRoots.get(root);
  if (!found) {
    found = realpath(root).catch(() => path.resolve(root));
    realRoots.set(root, found);
  }
  return found;
}

export type LinkCheck =
  | { inside: true; real: string; kind: 'file' | 'directory' | 'other' }
  | { inside: false; problem: Diagnostic }
  | { missing: true };

/**
 * Where `absolute` really is. `shownAs` is the path as the user or the listing named it. A path that does not
 * exist (or a dangling link) is `missing`; one that resolves outside the repository is a problem naming both ends.
 */
export async function checkInside(root: string, absolute: string, shownAs: string): Promise<LinkCheck> {
  const real = await realpath(absolute).catch(() => undefined);
  if (real === undefined) return { missing: true };
  const relative = path.relative(await realRoot(root), real);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return {
      inside: false,
      problem: {
        ruleId: 'outside-repository',
        severity: 'error',
        file: shownAs,
        message: `${shownAs} is a symbolic link to ${real}, which is outside the repository`,
        hint: 'dolmetsch reads only files inside the repository: copy the file in (or move the link\'s target into the repository) and name that.',
      },
    };
  }
  const info = await stat(real);
  return { inside: true, real, kind: info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other' };
}
