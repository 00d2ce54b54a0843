/**
 * An edit of a few articles parses each of them once: the scan keeps what it parsed and the pass takes it again,
 * unless a file changed in between; then the pass reads what is on disk now, as before.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rereadArticles, scanWorkspace, type Article } from '../../src/pipeline/survey/load-repository.ts';
import { RunCache } from '../../src/pipeline/survey/run-cache.ts';
import { translateRun } from '../../src/pipeline/translate-run.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;

async function translatedRepo(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-parsed-once-'));
  await cp(FIXTURE, root, { recursive: true });
  await writeFile(path.join(root, 'source/zweiter.md'), '---\ntitle: Zweiter\n---\n\nEin zweiter Bericht. Er ist kurz.\n');
  await writeFile(path.join(root, 'source/dritter.md'), '---\ntitle: Dritter\n---\n\nEin dritter Bericht.\n');
  const run = await translateRun({ root, paths: [], languages: ['en', 'ko'], provider: 'pseudo', providerSettings: { env: {}, englishVariant: 'en-US' }, dryRun: false, concurrency: 2, force: false });
  expect(run.stopped).toBeUndefined();
  // Both edited: the scan reads and parses them (the others are clean).
  await writeFile(path.join(root, 'source/zweiter.md'), '---\ntitle: Zweiter\n---\n\nEin zweiter Bericht. Er ist jetzt länger.\n');
  await writeFile(path.join(root, 'source/dritter.md'), '---\ntitle: Dritter\n---\n\nEin dritter, neuer Bericht.\n');
  return root;
}

async function scanAndReread(root: string, between: () => Promise<void> = async () => undefined) {
  const scan = await scanWorkspace(root, [], ['en', 'ko'], await RunCache.read(root), () => undefined);
  await between();
  const again = new Map<string, Article | undefined>();
  for await (const { ref, article } of rereadArticles(root, scan.articles, ['en', 'ko'], scan.glossary, scan.abbreviations)) again.set(ref.sourcePath, article);
  return { scan, again };
}

describe('an article the scan parsed', () => {
  it('is taken again by the pass as it was parsed when its files are unchanged', async () => {
    const root = await translatedRepo();
    const { scan, again } = await scanAndReread(root);
    expect(scan.articles.map((ref) => ref.sourcePath).sort()).toEqual(['source/dritter.md', 'source/zweiter.md']);
    for (const ref of scan.articles) {
      expect(ref.parsed, ref.sourcePath).toBeDefined();
      expect(again.get(ref.sourcePath), ref.sourcePath).toBe(ref.parsed);
    }
  });

  it('is parsed again from disk when a translation file was saved in between, and left out when its source changed', async () => {
    const root = await translatedRepo();
    const translation = path.join(root, 'translations/en/zweiter.yaml');
    const { scan, again } = await scanAndReread(root, async () => {
      const text = await readFile(translation, 'utf8');
      await writeFile(translation, text.replace(/(target: )(.*)/, '$1Edited by a person.'));
      await writeFile(path.join(root, 'source/dritter.md'), '---\ntitle: Dritter\n---\n\nSchon wieder anders.\n');
    });
    const zweiter = scan.articles.find((ref) => ref.sourcePath === 'source/zweiter.md')!;
    const reread = again.get('source/zweiter.md')!;
    expect(reread).toBeDefined();
    expect(reread).not.toBe(zweiter.parsed);
    expect(reread.translations.get('en')!.text).toContain('Edited by a person.');
    expect(zweiter.parsed!.translations.get('en')!.text).not.toContain('Edited by a person.');
    expect(again.get('source/dritter.md')).toBeUndefined();
  });
});
