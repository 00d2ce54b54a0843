/** The openai provider through the real CLI: --model, token counts in the summary, a token estimate in --dry-run. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.ts';
import { cleanEnv, copyFixture, runCli, snapshot } from '../helpers/cli.ts';

const FIXTURE = new URL('./fixtures/small-repo', import.meta.url).pathname;
let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('translate with an OpenAI-compatible endpoint', () => {
  it('uses --model, reports the tokens the endpoint counted, and estimates them in a dry run', async () => {
    server = await startFakeOpenAI();
    const repo = await copyFixture(FIXTURE);
    const env = cleanEnv({ OPENAI_BASE_URL: server.url, OPENAI_API_KEY: 'sk-sentinel-0123456789abcdef' });

    const before = await snapshot(repo);
    const dry = await runCli(repo, ['translate', '--provider', 'openai', '--model', 'llama3.1:8b', '--dry-run'], env);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/en: 7 segment\(s\) to translate, \d+ billable characters, 1 request\(s\), about \d+ prompt \+ \d+ completion tokens/);
    expect(server.requests).toHaveLength(0);
    expect(await snapshot(repo)).toEqual(before);

    const result = await runCli(repo, ['translate', '--provider', 'openai', '--model', 'llama3.1:8b'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(server.requests.every((r) => r.body.model === 'llama3.1:8b')).toBe(true);
    expect(result.stdout).toMatch(/openai: 2 request\(s\), \d+ characters billed, [1-9]\d* prompt \+ [1-9]\d* completion tokens/);
    const en = (parse(await readFile(path.join(repo, 'translations/en/bericht.yaml'), 'utf8')) as { segments: Array<{ status: string; machine: { provider: string } }> }).segments;
    expect(en.every((s) => s.status === 'machine' && s.machine.provider === 'openai')).toBe(true);
    expect(result.stdout + result.stderr).not.toContain('sk-sentinel');
  });

  it('without --model for a non-OpenAI endpoint: a configuration error naming the fix (exit 2)', async () => {
    server = await startFakeOpenAI();
    const repo = await copyFixture(FIXTURE);
    const result = await runCli(repo, ['translate', '--provider', 'openai'], cleanEnv({ OPENAI_BASE_URL: server.url }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--model');
  });
});
