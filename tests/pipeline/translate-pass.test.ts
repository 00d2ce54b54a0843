/** The second pass reads each article again: what changed after the first pass checked and priced it is left alone. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../src/pipeline/journal/journal.ts';
import { translateRun, type TranslateOptions } from '../../src/pipeline/translate-run.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;

async function repo(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-pass-'));
  await cp(FIXTURE, root, { recursive: true });
  await writeFile(path.join(root, 'source/zweiter.md'), '---\ntitle: Zweiter\n---\n\nEin zweiter Bericht. Er ist kurz.\n');
  return root;
}

const options = (root: string, extra: Partial<TranslateOptions> = {}): TranslateOptions => ({
  root,
  paths: [],
  languages: ['en', 'ko'],
  provider: 'pseudo',
  providerSettings: { env: {}, englishVariant: 'en-US' },
  dryRun: false,
  concurrency: 2,
  force: false,
  ...extra,
});

describe('translate pass', () => {
  it('leaves an article whose source changed after the survey for the next run, and keeps the journal', async () => {
    const root = await repo();
    // A run over a repository with translations surveys everything first (a first run is streamed: the pass takes
    // each article as the survey planned it, so there is no "after the survey" for it).
    await writeFile(path.join(root, 'source/dritter.md'), '---\ntitle: Dritter\n---\n\nEin dritter Bericht.\n');
    await translateRun(options(root, { paths: ['source/dritter.md'] }));
    const changed = path.join(root, 'source/zweiter.md');
    const summary = await translateRun(
      options(root, {
        onEvent: (event) => {
          if (event.type === 'loaded') writeFileSync(changed, '---\ntitle: Zweiter\n---\n\nEin geänderter Bericht.\n');
        },
      }),
    );
    expect(summary.changedDuringRun).toEqual(['source/zweiter.md']);
    expect(existsSync(path.join(root, 'translations/en/zweiter.yaml'))).toBe(false);
    expect(existsSync(path.join(root, 'translations/en/bericht.yaml'))).toBe(true);
    // Not every article was reached, so what was paid for stays journalled for the next run.
    expect(existsSync(path.join(root, JOURNAL_FILE))).toBe(true);

    const next = await translateRun(options(root));
    expect(next.changedDuringRun).toBeUndefined();
    const text = await readFile(path.join(root, 'translations/en/zweiter.yaml'), 'utf8');
    expect(text).toContain('Ein geänderter Bericht.');
    expect(text).not.toContain('Ein zweiter Bericht.');
    expect(existsSync(path.join(root, JOURNAL_FILE))).toBe(false);
    // The first run's answers for the untouched article were used, not asked for again.
    expect(next.files.filter((f) => f.article === 'bericht').every((f) => f.fromProvider === 0 && f.untranslated === 0)).toBe(true);
  });

});

describe('a translation file a person saves while the run works', () => {
  it('is left as the person saved it, named in the summary, and finished by the next run', async () => {
    const { startFakeDeepL } = await import('../fakes/deepl-server.ts');
    const server = await startFakeDeepL({ authKey: 'k-1:fx', latencyMs: 200 });
    try {
      const root = await repo();
      const deepl = { provider: 'deepl', providerSettings: { env: { DEEPL_AUTH_KEY: 'k-1:fx', DEEPL_SERVER_URL: server.url }, englishVariant: 'en-US' as const }, concurrency: 1 };
      expect((await translateRun(options(root, deepl))).stopped).toBeUndefined();
      const source = path.join(root, 'source/zweiter.md');
      await writeFile(source, `${await readFile(source, 'utf8')}\nEin neuer Satz am Ende.\n`);

      // One request per language, one at a time: when English is written, Korean is still on its way.
      const ko = path.join(root, 'translations/ko/zweiter.yaml');
      let saved = '';
      const summary = await translateRun(
        options(root, {
          ...deepl,
          onEvent: (event) => {
            if (event.type === 'written' && event.path === 'translations/en/zweiter.yaml') {
              saved = readFileSync(ko, 'utf8').replace('status: machine', 'status: reviewed');
              writeFileSync(ko, saved);
            }
          },
        }),
      );
      expect(saved).toContain('status: reviewed');
      expect(summary.changedDuringRun).toEqual(['translations/ko/zweiter.yaml']);
      expect(await readFile(ko, 'utf8')).toBe(saved);
      expect(existsSync(path.join(root, JOURNAL_FILE))).toBe(true);

      // The next run keeps the person's review and adds the new sentence, from the journal: nothing is paid twice.
      const sent = server.requests.filter((r) => r.path === '/v2/translate').length;
      const next = await translateRun(options(root, deepl));
      expect(next.changedDuringRun).toBeUndefined();
      expect(server.requests.filter((r) => r.path === '/v2/translate').length).toBe(sent);
      const text = await readFile(ko, 'utf8');
      expect(text).toContain('status: reviewed');
      expect(text).toContain('Ein neuer Satz am Ende.');
      expect(next.files.find((f) => f.path === 'translations/ko/zweiter.yaml')).toMatchObject({ untranslated: 0, fromProvider: 1 });
    } finally {
      await server.close();
    }
  });
});
