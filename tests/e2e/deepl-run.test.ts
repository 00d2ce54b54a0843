/**
 * The translate run against a fake DeepL server, through the real CLI: batching and de-duplication,
 * context, the server-side glossary across runs, faults (403, 429, 456, 5xx), cost control and resuming.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFakeDeepL, type FakeDeepL, type Fault } from '../fakes/deepl-server.ts';
import { cleanEnv, copyFixture, PROJECT_ROOT, runCli, snapshot } from '../helpers/cli.ts';

const FIXTURE = new URL('./fixtures/small-repo', import.meta.url).pathname;
const KEY = 'sentinel-3f8a9c2e-key:fx';

let server: FakeDeepL | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Parameters<typeof startFakeDeepL>[0] = {}): Promise<FakeDeepL> {
  server = await startFakeDeepL({ authKey: KEY, ...options });
  return server;
}

function envFor(fake: FakeDeepL, extra: Record<string, string> = {}): Record<string, string> {
  return cleanEnv({ DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: fake.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1', ...extra });
}

const translateRequests = (fake: FakeDeepL) => fake.requests.filter((r) => r.path === '/v2/translate');
const sentTexts = (fake: FakeDeepL) => translateRequests(fake).filter((r) => r.status === 200).flatMap((r) => r.texts);
/** `<target>:<text>` of every text DeepL translated (and billed). */
const sentKeys = (fake: FakeDeepL) =>
  translateRequests(fake)
    .filter((r) => r.status === 200)
    .flatMap((r) => r.texts.map((text) => `${r.targetLang}:${text}`));

/** An article of `count` distinct sentences, five per paragraph, plus one sentence every article shares. */
function article(name: string, count: number): string {
  const sentences = Array.from({ length: count }, (_, i) => `Im Bericht ${name} steht Satz Nummer ${i + 1} über Pjöngjang.`);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  return `---\ntitle: Bericht ${name}\n---\n\n${paragraphs.join('\n\n')}\n\nBleiben Sie informiert!\n`;
}

async function repoWith(articles: Record<string, string>): Promise<string> {
  const repo = await copyFixture(FIXTURE);
  for (const [slug, text] of Object.entries(articles)) await writeFile(path.join(repo, 'source', `${slug}.md`), text);
  return repo;
}

async function entries(repo: string, language: string, slug: string) {
  const text = await readFile(path.join(repo, `translations/${language}/${slug}.yaml`), 'utf8');
  return (parse(text) as { segments: Array<{ source: string; target: string; status: string }> }).segments;
}

describe('translate with DeepL', () => {
  it('batches within 50 texts, sends a shared sentence once per language, and passes context', async () => {
    const fake = await start();
    const repo = await repoWith({ lang: article('A', 120), kurz: article('B', 3) });
    const result = await runCli(repo, ['translate'], envFor(fake));
    expect(result.code, result.stderr).toBe(0);

    const requests = translateRequests(fake);
    expect(requests.every((r) => r.texts.length <= 50)).toBe(true);
    expect(requests.every((r) => r.tagHandling === 'xml' && r.body.source_lang === 'de')).toBe(true);
    for (const target of ['en-US', 'ko']) {
      const texts = requests.filter((r) => r.targetLang === target).flatMap((r) => r.texts);
      expect(texts.filter((t) => t === 'Bleiben Sie informiert!')).toHaveLength(1);
      expect(new Set(texts).size).toBe(texts.length);
    }
    // 120 + 3 sentences, 2 titles, 1 shared line (+ the fixture's 7): unique per language.
    const unique = 120 + 3 + 2 + 1 + 7;
    expect(sentTexts(fake)).toHaveLength(2 * unique);
    expect(requests).toHaveLength(2 * Math.ceil(unique / 50));
    const withSentence = requests.find((r) => r.texts.includes('Im Bericht A steht Satz Nummer 2 über Pjöngjang.'))!;
    expect(withSentence.context).toContain('Im Bericht A steht Satz Nummer 1 über Pjöngjang.');
    // Both articles got the shared line.
    expect((await entries(repo, 'ko', 'kurz')).at(-1)!.target).toContain('Bleiben Sie informiert!');
    expect((await entries(repo, 'ko', 'lang')).at(-1)!.target).toContain('Bleiben Sie informiert!');
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });

  it('creates the glossary once, reuses it on later runs, and replaces it when glossary.yaml changes', async () => {
    const fake = await start();
    const repo = await repoWith({});
    expect((await runCli(repo, ['translate'], envFor(fake))).code).toBe(0);
    const creates = () => fake.requests.filter((r) => r.method === 'POST' && r.path === '/v3/glossaries');
    expect(creates()).toHaveLength(1);
    const firstId = [...fake.glossaries.keys()][0]!;
    expect(translateRequests(fake).every((r) => r.glossaryId === firstId)).toBe(true);
    expect((await entries(repo, 'en', 'bericht'))[0]!.target).toContain('Pyongyang');

    await writeFile(path.join(repo, 'source/neu.md'), article('C', 2));
    expect((await runCli(repo, ['translate'], envFor(fake))).code).toBe(0);
    expect(creates()).toHaveLength(1);
    expect(translateRequests(fake).at(-1)!.glossaryId).toBe(firstId);

    const glossary = path.join(repo, 'glossary.yaml');
    await writeFile(glossary, (await readFile(glossary, 'utf8')).replace('preferred: Pyongyang', 'preferred: P’yŏngyang'));
    await writeFile(path.join(repo, 'source/neuer.md'), article('D', 2));
    expect((await runCli(repo, ['translate'], envFor(fake))).code).toBe(0);
    expect(creates()).toHaveLength(2);
    expect([...fake.glossaries.keys()]).not.toContain(firstId);
    expect(fake.glossaries.size).toBe(1);
    expect(translateRequests(fake).at(-1)!.glossaryId).toBe([...fake.glossaries.keys()][0]);
  });

  it('refuses a rejected key with the fix and without the key (exit 2)', async () => {
    const fake = await start({ authKey: 'another-key:fx' });
    const repo = await repoWith({});
    const before = await snapshot(repo);
    const result = await runCli(repo, ['translate'], envFor(fake));
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain('DeepL rejected the key');
    expect(result.stdout + result.stderr).not.toContain(KEY);
    expect(result.stdout + result.stderr).not.toContain(KEY.slice(0, 12));
    expect(await snapshot(repo)).toEqual(before);
  });

  it('stops at the quota with everything finished written, exit 3; the next run sends only the rest', async () => {
    const fake = await start({ quota: 4000 });
    const repo = await repoWith({ a: article('A', 20), b: article('B', 20) });
    const result = await runCli(repo, ['translate', '--concurrency', '1', '--force'], envFor(fake));
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/quota/i);
    expect(result.stdout).toMatch(/(\d+) segment\(s\) are waiting for a provider/);
    const firstRun = sentTexts(fake);
    expect(firstRun.length).toBeGreaterThan(0);
    // Every file still parses, and what was paid for is in them.
    const translated = (await Promise.all(['a', 'b', 'bericht'].flatMap((s) => ['en', 'ko'].map((l) => entries(repo, l, s)))))
      .flat()
      .filter((e) => e.status === 'machine').length;
    expect(translated).toBe(firstRun.length + 1); // + the shared line, sent once and used twice

    const more = await start({ quota: 100_000 });
    const again = await runCli(repo, ['translate'], envFor(more));
    expect(again.code).toBe(0);
    const paid = new Set(sentKeys(fake));
    expect(sentKeys(more).filter((key) => paid.has(key))).toEqual([]);
    expect(paid.size + sentKeys(more).length).toBe(2 * 50);
  });

  it('slows down on 429 instead of failing', async () => {
    const fake = await start();
    fake.faults.push({ status: 429 }, { status: 429, retryAfter: 1 });
    const repo = await repoWith({});
    const result = await runCli(repo, ['translate', '--concurrency', '2'], envFor(fake));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/rate limited: waiting/);
    expect((await entries(repo, 'ko', 'bericht')).every((e) => e.status === 'machine')).toBe(true);
  });

  it('names the endpoint when DeepL stays unavailable (exit 4), keeping finished work', async () => {
    const fake = await start();
    fake.faults.push({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const repo = await repoWith({});
    const result = await runCli(repo, ['translate', '--concurrency', '1'], envFor(fake));
    expect(result.code).toBe(4);
    expect(result.stdout).toContain(fake.url);
    expect(result.stdout).not.toContain(KEY);
  });

  it('dry run: per-language characters and requests, no request sent, nothing written', async () => {
    const fake = await start();
    const repo = await repoWith({ a: article('A', 60) });
    const before = await snapshot(repo);
    const result = await runCli(repo, ['translate', '--dry-run'], envFor(fake));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/en: 69 segment\(s\) to translate, \d+ billable characters, 2 request\(s\)/);
    expect(result.stdout).toMatch(/ko: 69 segment\(s\)/);
    expect(fake.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(await snapshot(repo)).toEqual(before);
  });

  it('refuses a run over --max-chars, and one the remaining quota cannot hold unless --force', async () => {
    const fake = await start({ quota: 300 });
    const repo = await repoWith({});
    const capped = await runCli(repo, ['translate', '--max-chars', '100'], envFor(fake));
    expect(capped.code).toBe(3);
    expect(capped.stdout).toContain('more than --max-chars 100');
    expect(translateRequests(fake)).toEqual([]);
    // A first run sends while it still prices (streamed): it sends what fits the quota left and stops before the
    // request that would cross it, never running into DeepL's 456.
    const quota = await runCli(repo, ['translate'], envFor(fake));
    expect(quota.code).toBe(3);
    expect(quota.stdout).toMatch(/only 300 of 300 (are|were) left/);
    expect(translateRequests(fake).every((r) => r.status === 200)).toBe(true);
    expect(fake.used).toBeLessThanOrEqual(300);
    expect(fake.requests.some((r) => r.path === '/v2/usage')).toBe(true);
  });

  it('a run killed after some batches, started again, sends only what is left', async () => {
    const fake = await start({ latencyMs: 150 });
    const articles: Record<string, string> = {};
    for (let i = 0; i < 6; i++) articles[`art${i}`] = article(`K${i}`, 45);
    const repo = await repoWith(articles);
    const env = envFor(fake);
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/dolmetsch.js'), 'translate', '--concurrency', '1'], { cwd: repo, env });
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (translateRequests(fake).filter((r) => r.status === 200).length >= 3) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 10);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const beforeKill = sentTexts(fake);
    const again = await runCli(repo, ['translate', '--concurrency', '1'], env);
    expect(again.code, again.stderr).toBe(0);
    const all = sentKeys(fake);
    const unique = new Set(all);
    // At most the one batch in flight at the kill was paid twice (its slot frees only once its answer is synced).
    expect(all.length - unique.size).toBeLessThanOrEqual(50);
    expect(all.length).toBeGreaterThan(beforeKill.length);
    for (const slug of Object.keys(articles)) {
      expect((await entries(repo, 'en', slug)).every((e) => e.status === 'machine')).toBe(true);
    }
  });
});

describe('a bad answer from DeepL stops the run', () => {
  // [what, fault on the second of four requests, answers of that request that can be trusted, billed by DeepL]
  const BROKEN: Array<[string, Fault, number, boolean]> = [
    ['one translation too few', { omitTranslations: 1 }, 0, true],
    ['a translation without text', { noTextAt: 3 }, 49, true],
    ['malformed JSON', { billedBody: '{"translations": [{"text": "[EN] Im' }, 0, true],
    ['an empty body', { billedBody: '' }, 0, true],
    ['HTML', { billedBody: '<html><body><h1>502 Bad Gateway</h1></body></html>' }, 0, true],
    ['HTTP 400', { status: 400 }, 0, false],
  ];

  it.each(BROKEN)('%s: nothing more is sent (exit 4), the request is named, what can be trusted is kept, the billed count is complete', async (_, fault, trusted, billed) => {
    const fake = await start();
    // 100 distinct sentences per language: four requests of 50.
    const repo = await repoWith({ a: article('A', 45), b: article('B', 45) });
    fake.faults.push({ delayMs: 0 }, fault);
    const result = await runCli(repo, ['translate', '--concurrency', '1'], envFor(fake));
    expect(result.code, result.stdout + result.stderr).toBe(4);
    expect(translateRequests(fake)).toHaveLength(2);
    expect(result.stdout).toMatch(/Stopped: DeepL .*\(request 2 of this run: 50 segment\(s\) into (en|ko), from source\//);
    expect(result.stdout).toContain(`${fake.used} characters billed`);
    // Progress counts the requests answered and the segments that arrived, not the batches planned.
    expect(result.stderr.trim().split('\n').filter((line) => line.startsWith('progress:')).at(-1)).toBe(`progress: 2/4 requests, ${50 + trusted}/200 segments`);

    const more = await start();
    const again = await runCli(repo, ['translate'], envFor(more));
    expect(again.code, again.stderr).toBe(0);
    const paid = new Set(sentKeys(fake));
    const paidTwice = sentKeys(more).filter((key) => paid.has(key));
    expect(paidTwice).toHaveLength(billed ? 50 - trusted : 0); // only what no trustworthy answer came back for
    expect(paid.size + sentKeys(more).length - paidTwice.length).toBe(2 * 100);
  });

  it('a key rejected mid-run, after files were written, exits 4 (finished work written), naming the fix', async () => {
    const fake = await start();
    const repo = await repoWith({ a: article('A', 45), b: article('B', 45) });
    fake.faults.push({ delayMs: 0 }, { status: 403 });
    const result = await runCli(repo, ['translate', '--concurrency', '1'], envFor(fake));
    expect(result.code, result.stdout + result.stderr).toBe(4);
    expect(result.stdout).toMatch(/Stopped: DeepL rejected the key .*Check DEEPL_AUTH_KEY/);
    expect(result.stdout).toMatch(/Everything translated before that was written/);
    expect(result.stdout).toMatch(/[1-9]\d* file\(s\) written/);
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });
});

describe('a run that works article by article', () => {
  it('pays once for a sentence recurring in articles far apart, in as many requests as the dry run priced', async () => {
    const fake = await start({ latencyMs: 20 });
    const articles: Record<string, string> = {};
    // 30 articles of 30 sentences: 18 requests per language, planned a few at a time as requests return, so the
    // shared closing line of article 29 is planned long after the request that carried it for article 0 came back.
    for (let i = 0; i < 30; i++) articles[`weit-${String(i).padStart(2, '0')}`] = article(`W${i}`, 30);
    const repo = await repoWith(articles);
    const dry = await runCli(repo, ['translate', '--dry-run', '--format', 'json'], envFor(fake));
    expect(dry.code, dry.stderr).toBe(0);
    const priced = (JSON.parse(dry.stdout) as { cost: Array<{ requests: number; segments: number }> }).cost;
    expect(translateRequests(fake)).toHaveLength(0);

    const result = await runCli(repo, ['translate', '--concurrency', '1'], envFor(fake));
    expect(result.code, result.stderr).toBe(0);
    for (const target of ['en-US', 'ko']) {
      const texts = translateRequests(fake).filter((r) => r.targetLang === target).flatMap((r) => r.texts);
      expect(texts.filter((t) => t === 'Bleiben Sie informiert!')).toHaveLength(1);
      expect(new Set(texts).size).toBe(texts.length);
    }
    expect(translateRequests(fake)).toHaveLength(priced.reduce((n, c) => n + c.requests, 0));
    expect(sentTexts(fake)).toHaveLength(priced.reduce((n, c) => n + c.segments, 0));
    for (const slug of Object.keys(articles)) {
      const ko = await entries(repo, 'ko', slug);
      expect(ko.every((e) => e.status === 'machine' && e.target !== '')).toBe(true);
      expect(ko.at(-1)!.target).toContain('Bleiben Sie informiert!');
    }
  });
});

describe('markup and do-not-translate terms through DeepL', () => {
  it('keeps links and do-not-translate terms in place, and flags a segment whose markup came back broken', async () => {
    const fake = await start();
    const repo = await repoWith({
      quelle: '---\ntitle: Quelle\n---\n\nDas berichtet *RENEWZ.de* laut [KCNA](https://kcna.kp) heute.\n\nEin Satz mit **fetter** Stelle.\n',
    });
    await writeFile(
      path.join(repo, 'glossary.yaml'),
      `${await readFile(path.join(repo, 'glossary.yaml'), 'utf8')}  - id: renewz
    kind: organisation
    note: Outlet; its name is never translated.
    dnt: true
    de:
      term: RENEWZ.de
`,
    );
    // The first request (English) loses its closing tags; Korean comes back intact.
    fake.faults.push({ breakTags: true });
    const result = await runCli(repo, ['translate', '--to', 'en,ko', '--concurrency', '1', 'source/quelle.md'], envFor(fake));
    expect(result.code, result.stderr).toBe(0);
    const sent = translateRequests(fake).flatMap((r) => r.texts);
    expect(sent).toContain('Das berichtet <em><dnt>RENEWZ.de</dnt></em> laut <a id="1">KCNA</a> heute.');
    expect(translateRequests(fake).every((r) => r.body.ignore_tags === 'dnt,code')).toBe(true);

    const ko = await entries(repo, 'ko', 'quelle');
    expect(ko[1]!.target).toBe('\\[KO\\] Das berichtet *RENEWZ.de* laut [KCNA](https://kcna.kp) heute.');
    expect(ko.every((e) => !('review' in e))).toBe(true);

    const en = await entries(repo, 'en', 'quelle');
    const flagged = en.filter((e) => 'review' in e);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((e) => e.status === 'machine')).toBe(true);
    expect(result.stdout).toMatch(/flagged for review/);
  });
});
