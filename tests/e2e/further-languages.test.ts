/**
 * A project whose dolmetsch.config.yaml adds Japanese and French to en and ko (tests/fixtures/further-languages):
 * translate (pseudo, DeepL against the fake server), check with the generic matcher, publish and export/import
 * all take them through the real CLI, with no code naming ja or fr.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDeepL, type FakeDeepL } from '../fakes/deepl-server.ts';
import { cleanEnv, copyFixture, runCli } from '../helpers/cli.ts';

const FIXTURE = new URL('../fixtures/further-languages', import.meta.url).pathname;
const KEY = 'sentinel-7c1d-further-key:fx';

let server: FakeDeepL | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const read = (repo: string, file: string) => readFile(path.join(repo, file), 'utf8');

/** The fixture translated with pseudo, so every language has its file. */
async function translated(): Promise<string> {
  const repo = await copyFixture(FIXTURE);
  const run = await runCli(repo, ['translate', '--provider', 'pseudo']);
  expect(run.code, run.stderr).toBe(0);
  return repo;
}

/** Replaces the target of the segment whose German contains `german` in a translation file. */
async function setTarget(repo: string, file: string, german: string, target: string): Promise<void> {
  const text = await read(repo, file);
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes('source:') && line.includes(german));
  expect(at, `${german} in ${file}`).toBeGreaterThan(0);
  lines[at + 1] = `    target: ${JSON.stringify(target)}`;
  await writeFile(path.join(repo, file), lines.join('\n'));
}

describe('further target languages from the config', () => {
  it('translates into ja and fr with pseudo, the glossary forms of each language applied', async () => {
    const repo = await translated();
    const ja = await read(repo, 'translations/ja/bericht.yaml');
    const fr = await read(repo, 'translations/fr/bericht.yaml');
    expect(ja).toMatch(/^language: ja$/m);
    expect(fr).toMatch(/^language: fr$/m);
    expect(ja).toContain('⟦ja: Díé Délégátíóñ réíšté vóñ Móškáú ñáçh 平壌.⟧');
    expect(fr).toContain('ñáçh Pyongyang.⟧');
  });

  it('DeepL gets JA, FR and EN-GB (the config\'s English variant) as target_lang, and a glossary dictionary for ja and fr', async () => {
    const repo = await copyFixture(FIXTURE);
    server = await startFakeDeepL({ authKey: KEY });
    const run = await runCli(repo, ['translate', '--provider', 'deepl'], cleanEnv({ DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: server.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1' }));
    expect(run.code, run.stderr).toBe(0);
    const targets = server.requests.filter((r) => r.path === '/v2/translate').map((r) => r.targetLang!.toUpperCase());
    expect([...new Set(targets)].sort()).toEqual(['EN-GB', 'FR', 'JA', 'KO']);
    const [glossary] = [...server.glossaries.values()];
    expect(glossary!.dictionaries.map((d) => d.targetLang).sort()).toEqual(['en', 'fr', 'ja', 'ko']);
    expect(glossary!.dictionaries.find((d) => d.targetLang === 'ja')!.entries).toEqual(new Map([['Pjöngjang', '平壌']]));
    expect(await read(repo, 'translations/ja/bericht.yaml')).toContain('target: \\[JA\\] Die Delegation reiste von Moskau nach 平壌.');
  });

  it('refuses a language DeepL does not translate at its config line, before any request', async () => {
    const repo = await copyFixture(FIXTURE);
    await writeFile(path.join(repo, 'dolmetsch.config.yaml'), 'version: 1\nlanguages:\n  en: {}\n  hi: {}\n  pt: {}\n');
    server = await startFakeDeepL({ authKey: KEY });
    const run = await runCli(repo, ['translate', '--provider', 'deepl'], cleanEnv({ DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: server.url }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dolmetsch.config.yaml:4:3: error: languages.hi: DeepL does not translate into "hi"');
    expect(run.stderr).toContain('dolmetsch.config.yaml:5:3: error: languages.pt: DeepL translates "pt" only as pt-BR or pt-PT');
    expect(server.requests).toEqual([]);
    // Pseudo translates into any language.
    expect((await runCli(repo, ['translate', '--provider', 'pseudo'])).code).toBe(0);
  });

  it('refuses a language code that is none, or a country code, at its config line', async () => {
    const repo = await copyFixture(FIXTURE);
    await writeFile(path.join(repo, 'dolmetsch.config.yaml'), 'version: 1\nlanguages:\n  en: {}\n  jp: {}\n  Japanese: {}\n');
    const run = await runCli(repo, ['translate', '--provider', 'pseudo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dolmetsch.config.yaml:4:3: error: languages: "jp" is a country code; the language is "ja"');
    expect(run.stderr).toContain('dolmetsch.config.yaml:5:3: error: languages: "Japanese" is not a language code of the form ja, fr, pt-BR or zh-Hans (BCP 47)');
  });

  it('--to names only the project\'s languages', async () => {
    const repo = await copyFixture(FIXTURE);
    const run = await runCli(repo, ['translate', '--provider', 'pseudo', '--to', 'ja,es']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--to: "es" is not a target language of this project; use en, ko, ja, fr');
  });

  it('check matches Japanese terms inside a run of letters and French ones at word boundaries, and says what it could not check', async () => {
    const repo = await translated();
    await setTarget(repo, 'translations/ja/bericht.yaml', 'Die Delegation', '代表団はモスクワから平壌に向かった。');
    await setTarget(repo, 'translations/ja/bericht.yaml', 'Der Minister', '大臣は「また来る」と述べた。');
    await setTarget(repo, 'translations/ja/bericht.yaml', 'Ein Bericht', '報告');
    await setTarget(repo, 'translations/fr/bericht.yaml', 'Die Delegation', 'La délégation est allée de Moscou à Pyong-Yang.');
    await setTarget(repo, 'translations/fr/bericht.yaml', 'Der Minister', 'Le ministre a déclaré : « Nous reviendrons. »');
    await setTarget(repo, 'translations/fr/bericht.yaml', 'Ein Bericht', 'Un reportage pyongyangais');
    const run = await runCli(repo, ['check', '--lang', 'ja,fr']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n').filter((line) => /\[[a-z-]+\]$/.test(line)).map((line) => line.trim());
    expect(lines).toEqual([
      'glossary.yaml warning 1 glossary entry appears in the German of the French translations but has no `fr` forms, so it was not checked there: moscow [glossary-language-missing]',
      'glossary.yaml warning 1 glossary entry appears in the German of the Japanese translations but has no `ja` forms, so it was not checked there: moscow [glossary-language-missing]',
      expect.stringMatching(/^translations\/fr\/bericht\.yaml:\d+:\d+ error the German has "Pjöngjang" \(glossary: pyongyang\), but the French target has none of "Pyongyang" \[glossary-missing-target\]$/),
      expect.stringMatching(/^translations\/fr\/bericht\.yaml:\d+:\d+ error "Pyong-Yang" is a forbidden French spelling \(glossary: pyongyang\) \[glossary-forbidden-variant\]$/),
      expect.stringMatching(/^translations\/ja\/bericht\.yaml:\d+:\d+ error the German has "Pjöngjang" \(glossary: pyongyang\), but the Japanese target has none of "平壌" \[glossary-missing-target\]$/),
    ]);
    // Numbers and dates are compared only where dolmetsch has tables for the language; the last line says so.
    expect(run.stdout).toContain('Numbers and dates were not compared in ja, fr (no tables for them).');
  });

  it('publishes pages and i18next resources for ja and fr, and exports and imports XLIFF and TMX in them', async () => {
    const repo = await translated();
    const published = await runCli(repo, ['publish', '--drafts']);
    expect(published.code, published.stderr).toBe(0);
    expect(await read(repo, 'dist/ja/bericht.html')).toMatch(/<html lang="ja"/);
    expect(JSON.parse(await read(repo, 'dist/locales/fr/bericht.json'))).toBeTypeOf('object');
    const review = await read(repo, 'dist/review/bericht.html');
    expect(review).toContain('>Japanese</th>');
    expect(review).toContain('>French</th>');

    expect((await runCli(repo, ['export', '--format', 'xliff2', '--lang', 'ja'])).code).toBe(0);
    const xliff = await read(repo, 'dist/exchange/ja.xliff2.xlf');
    expect(xliff).toContain('trgLang="ja"');
    expect((await runCli(repo, ['export', '--format', 'tmx', '--lang', 'fr'])).code).toBe(0);
    expect(await read(repo, 'dist/exchange/fr.tmx')).toContain('xml:lang="fr"');

    // A CAT tool writes the region (ja-JP); the project's ja file takes the edit.
    const edited = xliff.replace('trgLang="ja"', 'trgLang="ja-JP"').replace(/(<target xml:space="preserve">)[^<]*Délégátíóñ[^<]*<\/target>/, '$1代表団は平壌に向かった。</target>');
    await writeFile(path.join(repo, 'edited.xlf'), edited);
    const imported = await runCli(repo, ['import', 'edited.xlf']);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    expect(await read(repo, 'translations/ja/bericht.yaml')).toContain('target: "代表団は平壌に向かった。"');
  });
});
