/** The DeepL options of dolmetsch.config.yaml, from the file to the wire, and what a dry run says about them. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDeepL, type FakeDeepL } from '../fakes/deepl-server.ts';
import { cleanEnv, copyFixture, runCli } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;
const CONFIG = `languages:
  en:
    style_rule: style-en
    custom_instructions: [Use AP style for titles.]
    translation_memory: tm-en
    translation_memory_threshold: 80
  ko:
    model_type: prefer_quality_optimized
    tag_handling_version: v1
`;

let server: FakeDeepL | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(): Promise<{ repo: string; env: Record<string, string> }> {
  server = await startFakeDeepL();
  const repo = await copyFixture(FIXTURE);
  await writeFile(path.join(repo, 'dolmetsch.config.yaml'), CONFIG);
  return { repo, env: cleanEnv({ DEEPL_AUTH_KEY: 'test-key:fx', DEEPL_SERVER_URL: server.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1' }) };
}

describe('DeepL house style from dolmetsch.config.yaml', () => {
  it('translate sends every language the options the config gives it', async () => {
    const { repo, env } = await setUp();
    expect((await runCli(repo, ['translate'], env)).code).toBe(0);
    const calls = server!.requests.filter((r) => r.path === '/v2/translate');
    const en = calls.filter((r) => r.targetLang === 'en-US');
    const ko = calls.filter((r) => r.targetLang === 'ko');
    expect(en.length).toBeGreaterThan(0);
    expect(ko.length).toBeGreaterThan(0);
    for (const call of en) {
      expect(call.body).toMatchObject({ style_id: 'style-en', custom_instructions: 'Use AP style for titles.', translation_memory_id: 'tm-en', translation_memory_threshold: '80', tag_handling_version: 'v2' });
      expect(call.body).not.toHaveProperty('model_type');
    }
    for (const call of ko) {
      expect(call.body).toMatchObject({ model_type: 'prefer_quality_optimized', tag_handling_version: 'v1' });
      expect(call.body).not.toHaveProperty('style_id');
    }
  });

  it('a dry run shows which options apply to each language, and sends nothing', async () => {
    const { repo, env } = await setUp();
    const result = await runCli(repo, ['translate', '--dry-run'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  en: DeepL options: style rule style-en, 1 custom instruction(s) (model quality_optimized), translation memory tm-en (threshold 80), tag handling v2');
    expect(result.stdout).toContain('  ko: DeepL options: model prefer_quality_optimized, tag handling v1');
    const json = await runCli(repo, ['translate', '--dry-run', '--format', 'json'], env);
    expect((JSON.parse(json.stdout) as { languageOptions: string[] }).languageOptions).toEqual([
      'en: DeepL options: style rule style-en, 1 custom instruction(s) (model quality_optimized), translation memory tm-en (threshold 80), tag handling v2',
      'ko: DeepL options: model prefer_quality_optimized, tag handling v1',
    ]);
    expect(server!.requests.filter((r) => r.path === '/v2/translate')).toHaveLength(0);
  });

  it('a dry run with a provider that does not use them says the DeepL options are ignored', async () => {
    const { repo, env } = await setUp();
    const result = await runCli(repo, ['translate', '--dry-run', '--provider', 'pseudo'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('pseudo does not use the DeepL options of dolmetsch.config.yaml (languages.en, languages.ko).');
  });
});
