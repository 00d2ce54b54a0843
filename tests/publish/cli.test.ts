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
    expect(result.stdout).toContain('Published 3 page(s) to dist/:');
    expect(result.stdout).toContain('  ko  bericht  not published: 8 machine, 1 new');
    expect(await exists(path.join(repo, 'dist/ko/bericht.html'))).toBe(false);
    expect(await exists(path.join(repo, 'dist/locales/ko/bericht.json'))).toBe(false);
    expect(await readFile(path.join(repo, 'dist/en/kim-russland.html'), 'utf8')).toContain('<html lang="en">');
    expect(await exists(path.join(repo, 'dist/review/bericht.html'))).toBe(true);
  });

  it('shows the check findings on the review page, the ones publish refuses for included', async () => {
    const repo = await copyFixture(FIXTURE);
    expect((await runCli(repo, ['publish'])).code).toBe(1);
    const review = await readFile(path.join(repo, 'dist/review/kim-russland.html'), 'utf8');
    expect(review.match(/<li class="finding severity-error" data-rule="glossary-missing-target">/g)).toHaveLength(3);
    expect(review).toContain('<option value="has-findings">');
  });

  it('obeys check: a reviewed article with check errors is refused with the errors listed (exit 1) unless --drafts', async () => {
    const repo = await copyFixture(FIXTURE);
    const drafts = await runCli(repo, ['publish', '--drafts']);
    expect(drafts.code).toBe(0);
    expect(drafts.stdout).toContain('Published as drafts although `dolmetsch check` finds errors in them:\n  en  bericht  2 check error(s):');
    expect(await exists(path.join(repo, 'dist/ko/kim-russland.html'))).toBe(true);

    // Every segment of ko/kim-russland is reviewed, but check finds three glossary errors in it.
    const result = await runCli(repo, ['publish']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('Refused: `dolmetsch check` finds errors in them (fix them, suppress them with a reason, or publish with --drafts):');
    expect(result.stdout).toContain('  ko  kim-russland  3 check error(s):\n    translations/ko/kim-russland.yaml:63:13: error: the German has "Nordkorea" (glossary: north-korea), but the Korean target has none of "북한" [glossary-missing-target]');
    // Unfinished work is the first reason: en/bericht (a stale segment) is skipped, its check errors not listed.
    expect(result.stdout).toContain('  en  bericht  not published: 1 stale');
    expect(result.stdout).not.toContain('  en  bericht  2 check error(s)');
    expect(result.stdout).not.toContain('  ko  kim-russland  (');
    // The page published as a draft before is taken down.
    expect(await exists(path.join(repo, 'dist/ko/kim-russland.html'))).toBe(false);
    expect(await exists(path.join(repo, 'dist/locales/ko/kim-russland.json'))).toBe(false);
    expect(JSON.parse((await runCli(repo, ['publish', '--format', 'json'])).stdout).refused.map((r: { slug: string; language: string }) => `${r.language}/${r.slug}`))
      .toEqual(['ko/kim-russland']);
  });

  it('prints the status table as text and JSON', async () => {
    const text = await runCli(FIXTURE, ['status', '--to', 'ko']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[1]).toBe('bericht       ko      1        8       0         0      0        0      9     0.0 %  no (5 check error(s))');
    // Fully reviewed, but publish would refuse it for its check errors: status says so.
    expect(text.stdout.split('\n')[2]).toBe('kim-russland  ko      0        0       0        17      0        0     17   100.0 %  no (3 check error(s))');
    const json = await runCli(FIXTURE, ['status', '--format', 'json']);
    const rows = JSON.parse(json.stdout);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ article: 'bericht', language: 'en', percentReviewed: 77.8, publishable: false });
    expect(rows[3]).toMatchObject({ article: 'kim-russland', language: 'ko', percentReviewed: 100, checkErrors: 3, publishable: false });
    expect((await runCli(FIXTURE, ['status', '--to', 'fr'])).code).toBe(2);
  });
});
