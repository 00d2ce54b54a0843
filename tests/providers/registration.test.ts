/**
 * A provider is one file plus one registry line: a throwaway provider, declared entirely in this file and added with
 * registerProvider (the line registry.ts would hold), runs end to end through the CLI, has its own billing rule and
 * limits priced, its key redacted from every output and its help in `translate --help` — with nothing in src/ naming it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registerProvider } from '../../src/providers/registry.ts';
import { ProviderError, type ProviderFactory, type TranslateBatch } from '../../src/providers/types.ts';
import { cleanEnv, copyFixture, runCli, type CliResult } from '../helpers/cli.ts';
import { sourceFiles } from '../architecture/source-files.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;
const KEY = 'parrot-sentinel-5be0c9d1e7a24f83';
const PIECES = Array.from({ length: KEY.length - 7 }, (_, i) => KEY.slice(i, i + 8));

/** Every batch the parrot was asked to translate, and the environment it was given. */
const calls: TranslateBatch[] = [];
const environments: string[][] = [];

/** Bills UTF-8 bytes (not code points, as DeepL does), two texts per request: the run must price by these. */
const parrotFactory: ProviderFactory = {
  name: 'parrot',
  description: 'repeats the German after "PARROT", billing its UTF-8 bytes (a test provider)',
  examples: [{ command: 'PARROT_API_KEY=… npm run translate -- --provider parrot', does: 'let the parrot talk' }],
  environment: [
    { name: 'PARROT_API_KEY', secret: true, help: 'the key the parrot service wants' },
    { name: 'PARROT_MOOD', help: '"careless" quotes the key in its error message' },
  ],
  billing: { charges: 'characters', characters: (text) => Buffer.byteLength(text, 'utf8') },
  limits: { maxSegments: 2, maxBytes: 64 * 1024 },
  isConfigured: (settings) => Boolean(settings.env.PARROT_API_KEY),
  create(settings) {
    environments.push(Object.keys(settings.env).sort());
    const key = settings.env.PARROT_API_KEY;
    if (!key) throw new ProviderError('parrot', 'config', 'PARROT_API_KEY is not set.');
    const careless = settings.env.PARROT_MOOD === 'careless';
    return {
      async translate(batch) {
        calls.push(batch);
        if (careless) throw new ProviderError('parrot', 'unavailable', `The parrot service refused the request made with key ${key}.`);
        return { translations: batch.segments.map((s) => ({ key: s.key, text: `PARROT ${s.text}`, billedCharacters: Buffer.byteLength(s.text, 'utf8') })) };
      },
    };
  },
};

let unregister: (() => void) | undefined;
beforeAll(() => {
  unregister = registerProvider(parrotFactory);
});
afterAll(() => unregister?.());

const outputs: Array<{ scenario: string; result: CliResult }> = [];
async function run(scenario: string, repo: string, args: string[], extra: Record<string, string> = {}): Promise<CliResult> {
  const result = await runCli(repo, args, cleanEnv({ PARROT_API_KEY: KEY, ...extra }));
  outputs.push({ scenario, result });
  return result;
}

async function filesBelow(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('a provider registered from outside src/', () => {
  it('runs end to end with --provider parrot, priced and packed by its own billing rule and limits', async () => {
    const repo = await copyFixture(FIXTURE);
    const dry = await run('dry run', repo, ['translate', '--provider', 'parrot', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    const priced = [...dry.stdout.matchAll(/(en|ko): 7 segment\(s\) to translate, (\d+) billable characters, 4 request\(s\)/g)].map((m) => Number(m[2]));
    expect(priced, dry.stdout).toHaveLength(2);
    expect(calls).toHaveLength(0);

    const result = await run('translate', repo, ['translate', '--provider', 'parrot']);
    expect(result.code, result.stderr).toBe(0);
    expect(calls).toHaveLength(8); // 7 segments in batches of at most 2, per language
    expect(calls.every((batch) => batch.segments.length <= 2)).toBe(true);
    const sent = calls.flatMap((batch) => batch.segments.map((s) => s.text));
    const bytes = sent.reduce((n, text) => n + Buffer.byteLength(text, 'utf8'), 0);
    const codePoints = sent.reduce((n, text) => n + [...text].length, 0);
    expect(bytes).toBeGreaterThan(codePoints); // "Pjöngjang": the two rules differ, so the price shows which one was used
    expect(priced[0]! + priced[1]!).toBe(bytes);
    expect(result.stdout).toContain(`parrot: 8 request(s), ${bytes} characters billed`);

    const en = (parse(await readFile(path.join(repo, 'translations/en/bericht.yaml'), 'utf8')) as { segments: Array<{ target: string; status: string; machine: { provider: string } }> }).segments;
    expect(en).toHaveLength(7);
    expect(en.every((s) => s.target.startsWith('PARROT ') && s.status === 'machine' && s.machine.provider === 'parrot')).toBe(true);
    // The registry hands a provider only what it declared: no PATH, no other provider's key.
    expect(environments.every((names) => names.every((name) => name.startsWith('PARROT_')))).toBe(true);
  });

  it('shows its description, variables and example in translate --help', async () => {
    const repo = await copyFixture(FIXTURE);
    const { code, stdout } = await run('help', repo, ['translate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--provider NAME +deepl \| .*\| parrot \(default: /);
    expect(stdout).toContain('parrot: repeats the German after "PARROT", billing its UTF-8 bytes (a test provider)');
    expect(stdout).toMatch(/\n {2}parrot:\n {4}PARROT_API_KEY +secret: the key the parrot service wants\n {4}PARROT_MOOD +"careless" quotes/);
    expect(stdout).toMatch(/PARROT_API_KEY=… npm run translate -- --provider parrot\s+# let the parrot talk\n/);
  });

  it('has its key redacted from every output, though the provider itself quotes it', async () => {
    const repo = await copyFixture(FIXTURE);
    const careless = await run('careless', repo, ['translate', '--provider', 'parrot', '--concurrency', '1'], { PARROT_MOOD: 'careless' });
    expect(careless.code).toBe(4);
    expect(careless.stdout).toContain('The parrot service refused the request made with key [redacted].');
    const json = await run('careless json', repo, ['translate', '--provider', 'parrot', '--format', 'json'], { PARROT_MOOD: 'careless' });
    expect(json.stdout).toContain('key [redacted]');
    await run('dry run', repo, ['translate', '--provider', 'parrot', '--dry-run']);
    await run('translate', repo, ['translate', '--provider', 'parrot']);
    await run('status', repo, ['status']);
    await run('check', repo, ['check', '--format', 'sarif']);

    for (const { scenario, result } of outputs) {
      expect(PIECES.find((piece) => result.stdout.includes(piece)), `${scenario} stdout`).toBeUndefined();
      expect(PIECES.find((piece) => result.stderr.includes(piece)), `${scenario} stderr`).toBeUndefined();
    }
    for (const file of await filesBelow(repo)) {
      const text = await readFile(file, 'utf8');
      expect(PIECES.find((piece) => text.includes(piece)), path.relative(repo, file)).toBeUndefined();
    }
  });

  it('needed no change in src/: nothing there names it, and once removed it is gone', async () => {
    const naming = (await sourceFiles()).filter((file) => /parrot|PARROT_/.test(file.code)).map((file) => file.path);
    expect(naming).toEqual([]);

    const repo = await copyFixture(FIXTURE);
    unregister?.();
    unregister = undefined;
    const gone = await run('unregistered', repo, ['translate', '--provider', 'parrot'], { PARROT_MOOD: 'careless' });
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('There is no provider "parrot". Choose one of: deepl, openai, libretranslate, memory, pseudo.');
    expect((await run('help without it', repo, ['translate', '--help'])).stdout).not.toContain('parrot');
  });
});
