/** `dolmetsch deepl style-rules | push-style | memories` against the fake DeepL server (real wire shapes). */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDeepL, type FakeDeepL } from '../fakes/deepl-server.ts';
import { cleanEnv, copyFixture, runCli } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;
const KEY = 'SENTINEL-deepl-command-4b1f9e:fx';
const CONFIG = `style_rules:
  Newsroom EN:
    language: en
    configured_rules:
      numbers: { decimal_separator: use_period }
      punctuation: { quotation_mark: use_curly_quotes }
    custom_instructions:
      - Use AP style for titles.
      - Write "North Korea", never "DPRK".
  Newsroom KO:
    language: ko
    custom_instructions: [Use 합니다체 throughout.]
`;

let server: FakeDeepL | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(config = CONFIG): Promise<{ repo: string; env: Record<string, string> }> {
  server = await startFakeDeepL({ authKey: KEY, echoAuthorizationInErrors: true });
  const repo = await copyFixture(FIXTURE);
  await writeFile(path.join(repo, 'dolmetsch.config.yaml'), config);
  return { repo, env: cleanEnv({ DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: server.url, DOLMETSCH_DEEPL_MAX_RETRIES: '2' }) };
}

const expectNoKey = (text: string) => {
  for (let i = 0; i + 8 <= KEY.length; i++) expect(text).not.toContain(KEY.slice(i, i + 8));
};

describe('dolmetsch deepl', () => {
  it('push-style creates each style rule of the config with its rules and instructions, and says where its id goes', async () => {
    const { repo, env } = await setUp();
    const result = await runCli(repo, ['deepl', 'push-style'], env);
    expect(result.code).toBe(0);
    const creates = server!.requests.filter((r) => r.method === 'POST' && r.path === '/v3/style_rules');
    expect(creates.map((r) => r.json)).toEqual([
      {
        name: 'Newsroom EN', language: 'en',
        configured_rules: { numbers: { decimal_separator: 'use_period' }, punctuation: { quotation_mark: 'use_curly_quotes' } },
        custom_instructions: [{ label: 'Instruction 1', prompt: 'Use AP style for titles.' }, { label: 'Instruction 2', prompt: 'Write "North Korea", never "DPRK".' }],
      },
      { name: 'Newsroom KO', language: 'ko', custom_instructions: [{ label: 'Instruction 1', prompt: 'Use 합니다체 throughout.' }] },
    ]);
    const [en, ko] = server!.styleRules;
    expect(result.stdout).toContain(`created "Newsroom EN" (en): put  style_rule: ${en!.style_id}  under languages.en`);
    expect(result.stdout).toContain(`created "Newsroom KO" (ko): put  style_rule: ${ko!.style_id}  under languages.ko`);

    const again = await runCli(repo, ['deepl', 'push-style'], env);
    expect(again.code).toBe(0);
    expect(server!.styleRules).toHaveLength(2); // never a duplicate of a list the account has
    expect(again.stdout).toContain(`"Newsroom EN" exists already (${en!.style_id}), not created again`);

    const listed = await runCli(repo, ['deepl', 'style-rules'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(`${en!.style_id}  Newsroom EN  en  2 configured rule(s), 2 custom instruction(s)\n${ko!.style_id}  Newsroom KO  ko  0 configured rule(s), 1 custom instruction(s)\n`);
  });

  it('push-style --dry-run shows what would be created and sends nothing, without a key', async () => {
    const { repo } = await setUp();
    const result = await runCli(repo, ['deepl', 'push-style', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  "Newsroom EN" (en): 2 configured rule(s), 2 custom instruction(s)\n  "Newsroom KO" (ko): 0 configured rule(s), 1 custom instruction(s)\n');
    expect(server!.requests).toHaveLength(0);
  });

  it('push-style refuses a config that breaks the limits, with file:line:col, and sends nothing', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `      - Rule ${i}.`).join('\n');
    const { repo, env } = await setUp(`style_rules:\n  Newsroom EN:\n    language: en\n    custom_instructions:\n${eleven}\n`);
    const result = await runCli(repo, ['deepl', 'push-style'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('dolmetsch.config.yaml:5:7');
    expect(result.stderr).toContain('style_rules.Newsroom EN.custom_instructions has 11 entries; at most 10 are allowed');
    expect(server!.requests).toHaveLength(0);
  });

  it('memories lists the translation memories of the account', async () => {
    const { repo, env } = await setUp();
    server!.translationMemories.push({ translation_memory_id: 'tm-1', name: 'Newsroom reviewed EN', source_language: 'de', target_languages: ['en'], segment_count: 24, creation_time: '2026-12-01T10:00:00Z' });
    const result = await runCli(repo, ['deepl', 'memories'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('tm-1  Newsroom reviewed EN  de→en  24 segment(s)\n');
    expect(server!.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v3/translation_memories']);
  });

  it('403 names the key variable and the Pro account, 456 the quota, 503 is retried then unavailable; the key never shows', async () => {
    const { repo, env } = await setUp();
    server!.accountFaults.push({ status: 403 });
    const denied = await runCli(repo, ['deepl', 'style-rules'], env);
    expect(denied.code).toBe(2);
    expect(denied.stderr).toContain('DeepL rejected the key (HTTP 403). Check DEEPL_AUTH_KEY');
    expect(denied.stderr).toContain('Style rules also need a DeepL Pro account.');

    server!.accountFaults.push({ status: 456 });
    const quota = await runCli(repo, ['deepl', 'memories'], env);
    expect(quota.code).toBe(3);
    expect(quota.stderr).toContain('DeepL quota for this billing period is used up (HTTP 456).');

    server!.accountFaults.push({ status: 503 }, { status: 503 });
    const down = await runCli(repo, ['deepl', 'push-style'], env);
    expect(down.code).toBe(4);
    expect(down.stderr).toContain(`DeepL at ${server!.url} failed (2 attempts`);
    expect(server!.styleRules).toHaveLength(0);
    for (const result of [denied, quota, down]) expectNoKey(result.stdout + result.stderr);
  });

  it('without a key it says which variable to set', async () => {
    const { repo } = await setUp();
    const result = await runCli(repo, ['deepl', 'memories']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DEEPL_AUTH_KEY is not set');
  });
});
