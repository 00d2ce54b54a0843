/**
 * A repository of several check fixtures at once — findings of one-file rules, rules across files and suppressions
 * together — and the full check an incremental one must equal (incremental.test.ts, cache-copy.test.ts).
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCheckInput, runCheck } from '../../src/check/index.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

export async function mixedRepository(prefix: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), prefix));
  await cp(path.join(FIXTURES, 'inconsistent-translation/fail'), root, { recursive: true });
  for (const language of ['en', 'ko']) {
    await cp(path.join(FIXTURES, `suppression/fail/translations/${language}/bericht.yaml`), path.join(root, `translations/${language}/bericht.yaml`));
  }
  return root;
}

/** The check without any cache: every file read and checked. */
export async function fullCheck(root: string) {
  const { input, problems } = await loadCheckInput(root, ['en', 'ko']);
  return { result: runCheck(input), problems };
}
