/** dolmetsch.config.yaml as the commands see it: its defaults are used, options win, a bad file stops everything. */
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeDeepL } from '../fakes/deepl-server.ts';
import { cleanEnv, copyFixture, runCli, snapshot } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;

async function repoWith(config: string): Promise<string> {
  const repo = await copyFixture(FIXTURE);
  await writeFile(path.join(repo, 'dolmetsch.config.yaml'), config);
  return repo;
}

const exists = (file: string) => access(file).then(() => true, () => false);

describe('dolmetsch.config.yaml in the commands', () => {
  it('translate takes the languages and provider from the config', async () => {
    const repo = await repoWith('languages:\n  ko:\ntranslate:\n  provider: pseudo\n');
    const result = await runCli(repo, ['translate']);
    expect(result.code).toBe(0);
    expect(await exists(path.join(repo, 'translations/ko/bericht.yaml'))).toBe(true);
    expect(await exists(path.join(repo, 'translations/en/bericht.yaml'))).toBe(false);
    expect(await readFile(path.join(repo, 'translations/ko/bericht.yaml'), 'utf8')).toContain('provider: pseudo');
  });

  it('the cost limit of the config refuses a run, and --max-chars on the command line wins over it', async () => {
    const server = await startFakeDeepL();
    try {
      const env = cleanEnv({ DEEPL_AUTH_KEY: 'test-key:fx', DEEPL_SERVER_URL: server.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1' });
      const repo = await repoWith('translate:\n  max_chars: 10\n');
      const before = await snapshot(repo);
      const refused = await runCli(repo, ['translate'], env);
      expect(refused.code).toBe(3);
      expect(refused.stdout + refused.stderr).toContain('more than');
      expect(await snapshot(repo)).toEqual(before);
      expect(server.requests.filter((r) => r.path === '/v2/translate')).toHaveLength(0);
      const allowed = await runCli(repo, ['translate', '--max-chars', '1000000'], env);
      expect(allowed.code).toBe(0);
      expect(server.requests.filter((r) => r.path === '/v2/translate').length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('the concurrency of the config limits the requests in flight', async () => {
    const starts = async (config: string): Promise<number[]> => {
      const server = await startFakeDeepL({ latencyMs: 400 });
      try {
        const repo = await repoWith(config);
        const env = cleanEnv({ DEEPL_AUTH_KEY: 'test-key:fx', DEEPL_SERVER_URL: server.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1' });
        expect((await runCli(repo, ['translate'], env)).code).toBe(0);
        return server.requests.filter((r) => r.path === '/v2/translate').map((r) => r.at);
      } finally {
        await server.close();
      }
    };
    const oneAtATime = await starts('translate:\n  concurrency: 1\n');
    expect(oneAtATime.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < oneAtATime.length; i++) expect(oneAtATime[i]! - oneAtATime[i - 1]!).toBeGreaterThanOrEqual(350);
    const together = await starts('version: 1\n');
    expect(Math.max(...together) - Math.min(...together)).toBeLessThan(350);
  });

  it('check and status cover the languages of the config', async () => {
    const repo = await repoWith('languages:\n  en:\ntranslate:\n  provider: pseudo\n');
    expect((await runCli(repo, ['translate'])).code).toBe(0);
    const check = await runCli(repo, ['check']);
    expect(check.stdout).toContain('translation file(s) in translations/en/.');
    const status = await runCli(repo, ['status', '--format', 'json']);
    expect((JSON.parse(status.stdout) as { language: string }[]).map((row) => row.language)).toEqual(['en']);
  });

  it('a mistake in the config stops every command with file:line:col and the fix, writing nothing', async () => {
    const repo = await repoWith('version: 1\ntranslate:\n  concurency: 2\n');
    const before = await snapshot(repo);
    for (const command of ['translate', 'check', 'publish', 'status']) {
      const result = await runCli(repo, [command]);
      expect(result.code, command).toBe(2);
      expect(result.stderr).toContain('dolmetsch.config.yaml:3:3: error: unknown key "concurency" in translate; did you mean "concurrency"? [config-unknown-key]');
      expect(result.stderr).toContain('fix: Rename "concurency" to "concurrency".');
    }
    expect(await snapshot(repo)).toEqual(before);
  });
});
