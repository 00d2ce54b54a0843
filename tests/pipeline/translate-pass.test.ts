/** The second pass reads each article again: what changed after the first pass checked and priced it is left alone. */
import { existsSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../src/pipeline/journal.ts';
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
