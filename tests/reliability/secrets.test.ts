/**
 * Secrets: every CLI scenario runs with sentinel keys, against fake servers that even quote the Authorization
 * header back in their error messages. Neither key, nor any 8-character piece of one, may appear in any output,
 * any file under the repository (.dolmetsch/ included) or any published page.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeDeepL, type FakeDeepL } from '../fakes/deepl-server.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.ts';
import { cleanEnv, copyFixture, runCli, type CliResult } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;
const DEEPL_KEY = 'sentinel-7d3f9a2e51c4b8aa-key:fx';
const OPENAI_KEY = 'sk-sentinel-c0ffee4d2b9e71f3a6';
const SECRETS = [DEEPL_KEY, OPENAI_KEY];

/** Every 8-character piece of every secret (pieces of `-key:fx` alone would be no leak, but none is shorter than 8). */
const PIECES = SECRETS.flatMap((secret) => Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8)));

const servers: Array<FakeDeepL | FakeOpenAI> = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function allFiles(root: string, relative = ''): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(path.join(root, relative), { withFileTypes: true })) {
    const child = relative ? `${relative}/${item.name}` : item.name;
    if (item.isDirectory()) found.push(...(await allFiles(root, child)));
    else found.push(child);
  }
  return found;
}

function expectNoSecret(where: string, text: string): void {
  const leaked = PIECES.find((piece) => text.includes(piece));
  expect(leaked, `${where} contains a piece of a key`).toBeUndefined();
}

async function expectCleanRepository(repo: string): Promise<number> {
  const files = await allFiles(repo);
  for (const file of files) expectNoSecret(file, (await readFile(path.join(repo, file))).toString('latin1') + (await readFile(path.join(repo, file), 'utf8')));
  return files.length;
}

const outputs: Array<{ scenario: string; result: CliResult }> = [];

async function run(scenario: string, repo: string, args: string[], extra: Record<string, string>): Promise<CliResult> {
  const result = await runCli(repo, args, cleanEnv({ DEEPL_AUTH_KEY: DEEPL_KEY, OPENAI_API_KEY: OPENAI_KEY, DOLMETSCH_DEEPL_MAX_RETRIES: '1', ...extra }));
  outputs.push({ scenario, result });
  expectNoSecret(`${scenario} stdout`, result.stdout);
  expectNoSecret(`${scenario} stderr`, result.stderr);
  return result;
}

describe('no key in any output, file or page', () => {
  it('DeepL: ok, dry run, 403, 456, 5xx, a dropped connection; then check, status, publish, export', { timeout: 60_000 }, async () => {
    const repo = await copyFixture(FIXTURE);
    const careless = { echoAuthorizationInErrors: true } as const;

    const rejecting = await startFakeDeepL({ ...careless, authKey: 'another-key:fx' });
    servers.push(rejecting);
    expect((await run('403', repo, ['translate'], { DEEPL_SERVER_URL: rejecting.url })).code).toBe(2);

    const fake = await startFakeDeepL({ ...careless, authKey: DEEPL_KEY });
    servers.push(fake);
    const env = { DEEPL_SERVER_URL: fake.url };
    expect((await run('dry run', repo, ['translate', '--dry-run'], env)).code).toBe(0);

    fake.faults.push({ status: 456 });
    expect((await run('456', repo, ['translate', '--to', 'en', '--concurrency', '1'], env)).code).toBe(3);
    fake.faults.push({ status: 503 });
    expect((await run('503', repo, ['translate', '--to', 'en', '--concurrency', '1'], env)).code).toBe(4);
    fake.faults.push({ drop: true });
    expect((await run('dropped connection', repo, ['translate', '--to', 'en', '--concurrency', '1'], env)).code).toBe(4);
    const ok = await run('ok', repo, ['translate'], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(fake.requests.some((r) => r.path === '/v2/translate' && r.status === 200 && r.authorized)).toBe(true);

    expect([0, 1]).toContain((await run('check', repo, ['check', '--format', 'sarif'], env)).code);
    expect((await run('status', repo, ['status'], env)).code).toBe(0);
    expect((await run('publish', repo, ['publish', '--drafts'], env)).code).toBe(0);
    expect((await run('export', repo, ['export', '--format', 'xliff2'], env)).code).toBe(0);

    const files = await expectCleanRepository(repo);
    expect(files).toBeGreaterThan(10); // translations, .dolmetsch/cache.json, dist/ pages, exchange files
    expect((await allFiles(repo)).some((f) => f.startsWith('dist/en/'))).toBe(true);
    // The careless server did put the key in its error bodies: the scrubbing above is what kept it out.
    expect(outputs.some((o) => /\[redacted\]|rejected the key/i.test(o.result.stdout + o.result.stderr))).toBe(true);
  });

  it('OpenAI-compatible: a rejected key and a broken endpoint', { timeout: 30_000 }, async () => {
    const repo = await copyFixture(FIXTURE);
    const openai = await startFakeOpenAI({ apiKey: 'sk-another', echoAuthorizationInErrors: true });
    servers.push(openai);
    const rejected = await run('openai 401', repo, ['translate', '--provider', 'openai', '--model', 'm'], { OPENAI_BASE_URL: openai.url });
    expect(rejected.code).not.toBe(0);
    const nowhere = await run('openai unreachable', repo, ['translate', '--provider', 'openai', '--model', 'm'], { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' });
    expect(nowhere.code).not.toBe(0);
    await expectCleanRepository(repo);
  });
});
