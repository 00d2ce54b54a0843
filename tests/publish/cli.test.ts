import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../helpers/cli.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/newsroom', import.meta.url));
const exists = (file: string) => access(file).then(() => true, () => false);

describe('dolmetsch publish and status', () => {
  it('publishes reviewed articles, skips the rest, and removes their old pages', async () => {
    const repo = await copyFixture(FIXTURE);
    const drafts = await runCli(repo, ['publish', '--drafts']);
    expect(drafts.code).toBe(0);
    expect(await exists(path.join(repo, 'dist/ko/bericht.html'))).toBe(true);

    const result = await runCli(repo, ['publish']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Published 4 page(s) to dist/:');
    expect(result.stdout).toContain('  ko  bericht  not published: 8 machine, 1 new');
    expect(result.stdout).toContain('  en  bericht  not published: 1 stale');
    expect(await exists(path.join(repo, 'dist/ko/bericht.html'))).toBe(false);
    expect(await exists(path.join(repo, 'dist/locales/ko/bericht.json'))).toBe(false);
    expect(await readFile(path.join(repo, 'dist/ko/kim-russland.html'), 'utf8')).toContain('<html lang="ko">');
    expect(await exists(path.join(repo, 'dist/review/bericht.html'))).toBe(true);
  });

  it('prints the status table as text and JSON', async () => {
    const text = await runCli(FIXTURE, ['status', '--to', 'ko']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[1]).toBe('bericht       ko      1        8       0         0      0        0      9     0.0 %       no');
    const json = await runCli(FIXTURE, ['status', '--format', 'json']);
    const rows = JSON.parse(json.stdout);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ article: 'bericht', language: 'en', percentReviewed: 77.8, publishable: false });
    expect((await runCli(FIXTURE, ['status', '--to', 'fr'])).code).toBe(2);
  });
});
