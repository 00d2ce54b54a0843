/**
 * What a first run asks the provider before its first request, and when. The quota and the account's glossary list
 * need nothing of the project, so they leave before glossary.yaml is read; only the glossary's creation waits for it.
 * To make "before it is read" certain rather than likely, glossary.yaml is a named pipe: the run cannot read it until
 * the test writes it, and the test writes it only once both requests have reached the fake DeepL.
 */
import { execFileSync } from 'node:child_process';
import { readFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { translateRun } from '../../src/pipeline/translate-run.ts';
import { startFakeDeepL, type FakeDeepL } from '../fakes/deepl-server.ts';
import { deeplRunOptions } from '../helpers/deepl-run.ts';

const KEY = 'readiness-key:fx';
const GLOSSARY = new URL('../e2e/fixtures/small-repo/glossary.yaml', import.meta.url).pathname;

let fake: FakeDeepL | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function repoWithGlossaryPipe(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-readiness-'));
  await mkdir(path.join(root, 'source'));
  await writeFile(path.join(root, 'source/bericht.md'), '---\ntitle: Bericht\n---\n\nDie Delegation reiste nach Pjöngjang. Sie blieb zwei Tage.\n');
  execFileSync('mkfifo', [path.join(root, 'glossary.yaml')]);
  return root;
}

/** Once the run has asked for both (or after 15 s, to fail rather than hang), the glossary is written into the pipe. */
async function writeGlossaryOnceAsked(root: string, server: FakeDeepL): Promise<{ askedBeforeRead: boolean }> {
  const asked = () => ['/v2/usage', '/v3/glossaries'].every((p) => server.requests.some((r) => r.method === 'GET' && r.path === p));
  const started = Date.now();
  while (!asked() && Date.now() - started < 15_000) await new Promise((resolve) => setTimeout(resolve, 5));
  const askedBeforeRead = asked();
  await writeFile(path.join(root, 'glossary.yaml'), await readFile(GLOSSARY));
  return { askedBeforeRead };
}


describe('a first run with DeepL', () => {
  it('asks for the quota and the glossary list before glossary.yaml is read, and lists only once', async () => {
    fake = await startFakeDeepL({ authKey: KEY });
    const root = await repoWithGlossaryPipe();
    const written = writeGlossaryOnceAsked(root, fake);
    const summary = await translateRun(deeplRunOptions(root, fake, KEY));
    expect((await written).askedBeforeRead).toBe(true);
    expect(summary.stopped).toBeUndefined();
    expect(summary.untranslated).toBe(0);
    const routes = fake.requests.map((r) => `${r.method} ${r.path}`);
    expect(routes.filter((r) => r === 'GET /v3/glossaries')).toHaveLength(1); // the early list served the creation
    const created = routes.indexOf('POST /v3/glossaries');
    expect(created).toBeGreaterThan(routes.indexOf('GET /v3/glossaries'));
    // The glossary was created from the list asked for early, and every request names it.
    const [glossary] = [...fake.glossaries.values()];
    const translate = fake.requests.filter((r) => r.path === '/v2/translate');
    expect(translate.length).toBeGreaterThan(0);
    expect(translate.every((r) => r.glossaryId === glossary!.id)).toBe(true);
  });
});
