/**
 * Killed at any moment: `dolmetsch translate` (the real CLI) against a slow fake DeepL, SIGKILLed at seeded random
 * moments — during startup, planning, the first writes, requests in flight and the writes after each answer — and
 * started again until a run finishes. After every kill the repository must be usable as it is; at the end it must
 * hold exactly what an uninterrupted run writes, and what was paid for must not have been paid for again beyond
 * the requests that were in flight when a kill came.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { generateArticle } from '../../bench/corpus.ts';
import { parseMemoryFile, parseTranslationFile, restoreSetAside, serializeTranslationFile } from '../../src/store/index.ts';
import { startFakeDeepL, type FakeDeepL, type RecordedRequest } from '../fakes/deepl-server.ts';
import { cleanEnv, copyFixture, runCli, spawnCli } from '../helpers/cli.ts';
import { mulberry32 } from '../helpers/prng.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;
const KEY = 'kill-test-key:fx';
const LATENCY_MS = 100;
const CONCURRENCY = 2;
/** Enough work (about 14 requests) that twenty kills, each letting a run get a little further, rarely finish it early. */
const ARTICLES = 14;
const HAND_COMMENT = '# Hand comment: checked with the Seoul desk, keep this wording.';

/** A repository with generated articles and a translation file holding a translator's work. */
async function baseRepository(): Promise<{ repo: string; protectedTargets: Map<string, { target: string; status: string }> }> {
  const repo = await copyFixture(FIXTURE);
  for (let i = 0; i < ARTICLES; i++) {
    const article = generateArticle(i, 7);
    await writeFile(path.join(repo, 'source', `${article.slug}.md`), article.markdown);
  }
  // Translation files for bericht with only empty targets, then a translator's edits and a comment.
  const created = await runCli(repo, ['translate', '--provider', 'memory', 'source/bericht.md']);
  expect(created.code, created.stderr).toBe(0);
  const protectedTargets = new Map<string, { target: string; status: string }>();
  for (const language of ['en', 'ko']) {
    const file = `translations/${language}/bericht.yaml`;
    const parsed = parseTranslationFile(await readFile(path.join(repo, file), 'utf8'), file);
    const model = structuredClone(parsed.model);
    const [, second, third] = model.segments;
    second!.target = `${language} by hand: the first sentence is here.`;
    second!.status = 'reviewed';
    third!.target = `${language} by hand: the second sentence follows.`;
    third!.status = 'edited';
    let text = serializeTranslationFile(model, parsed);
    text = text.replace(`  - id: ${second!.id}\n`, `  ${HAND_COMMENT}\n  - id: ${second!.id}\n`);
    await writeFile(path.join(repo, file), text);
    for (const entry of [second!, third!]) protectedTargets.set(`${file}#${entry.id}`, { target: entry.target, status: entry.status });
  }
  return { repo, protectedTargets };
}

async function listFiles(root: string, relative = ''): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => [])) {
    const child = relative ? `${relative}/${item.name}` : item.name;
    if (item.isDirectory()) found.push(...(await listFiles(root, child)));
    else found.push(child);
  }
  return found.sort();
}

/** Files a write or a lock leaves behind when the writer dies between creating and renaming them. */
const isLeftover = (file: string) => /\/\.[^/]+\.\d+\.[0-9a-f]+\.(tmp|old)$/.test(file) || /^\.dolmetsch\/lock\./.test(file);

/**
 * The run cache's verdicts (which files are complete for which inputs, the learned abbreviations, the glossary known
 * to load). Left out: the stats of the files (they differ between two copies) and which files' sentences the memory
 * index has read so far (that depends on which runs needed the memory, not on what they produced).
 */
function verdicts(text: string): string {
  // Stamps, the memory index and what the provider's preparation kept (the name of the DeepL glossary the last run
  // that got that far prepared) are the index's history, not verdicts about the files.
  const { stamps: _stamps, memory: _memory, prepared: _prepared, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return JSON.stringify(rest);
}

/** What a finished run leaves: the translations and the run cache's verdicts (the lock and leftovers excluded). */
async function results(repo: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of await listFiles(repo)) {
    if ((file.startsWith('translations/') || file === '.dolmetsch/cache.json') && !isLeftover(file)) {
      files.set(file, file === '.dolmetsch/cache.json' ? verdicts(await readFile(path.join(repo, file), 'utf8')) : await readFile(path.join(repo, file), 'utf8'));
    }
  }
  return files;
}

export type Trigger =
  | { kind: 'time'; ms: number }
  | { kind: 'after-loaded'; ms: number }
  | { kind: 'after-sending'; ms: number }
  | { kind: 'after-answer'; answers: number; ms: number };

interface Attempt {
  code: number | null;
  killed: boolean;
  pid: number;
  stderr: string;
  requests: RecordedRequest[];
  trigger?: Trigger;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const translateRequests = (list: readonly RecordedRequest[]) => list.filter((r) => r.path === '/v2/translate');

/** Starts the CLI and kills it with SIGKILL once `trigger` fires (never, without one). */
async function attempt(repo: string, fake: FakeDeepL, trigger?: Trigger): Promise<Attempt> {
  const first = fake.requests.length;
  const child = spawnCli(repo, ['translate', '--concurrency', String(CONCURRENCY)], cleanEnv({ DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: fake.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1' }));
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  let killed = false;
  if (trigger) {
    const started = Date.now();
    const fired = (): boolean => {
      switch (trigger.kind) {
        case 'time':
          return true;
        case 'after-loaded':
          return stderr.includes('Read ');
        case 'after-sending':
          return stderr.includes('Sending ');
        case 'after-answer':
          return translateRequests(fake.requests.slice(first)).filter((r) => r.status !== undefined).length >= trigger.answers;
      }
    };
    while (!done && !fired()) await sleep(2);
    const firedAt = Date.now();
    const wait = trigger.kind === 'time' ? trigger.ms - (firedAt - started) : trigger.ms;
    if (!done && wait > 0) await Promise.race([sleep(wait), exited]);
    if (!done) killed = child.kill('SIGKILL');
  }
  const code = await exited;
  // Every request the client sent is seen before the next attempt starts: on a loaded machine the server may read a
  // dead client's last request late, and it must count for the run that sent it.
  for (const deadline = Date.now() + 10_000; fake.openConnections() > 0 && Date.now() < deadline; ) await sleep(5);
  // Requests of a dead client still finish on the server (and are billed there), as with the real service.
  await sleep(LATENCY_MS + 60);
  return { code, killed, pid: child.pid!, stderr, requests: fake.requests.slice(first), ...(trigger ? { trigger } : {}) };
}

/** Where the `kill`th kill lands; `startupMs`: from spawn to the first request of an uninterrupted run. */
export type ChooseTrigger = (kill: number, startupMs: number, workLeft: boolean) => Trigger;

/** Seeded random kills. Once the work is done, only triggers that a no-op run also reaches are used. */
export function randomTriggers(seed: number): ChooseTrigger {
  const random = mulberry32(seed);
  return (_kill, startupMs, workLeft) => chooseTrigger(random, startupMs, workLeft);
}

/** One kill in each phase first (startup, planning, sending, after answers), then seeded random ones. */
export function everyPhaseFirst(seed: number): ChooseTrigger {
  const random = randomTriggers(seed);
  const planned: Array<(startupMs: number) => Trigger> = [
    (startupMs) => ({ kind: 'time', ms: Math.floor(startupMs * 0.3) }),
    () => ({ kind: 'after-loaded', ms: 0 }),
    () => ({ kind: 'after-sending', ms: 30 }),
    () => ({ kind: 'after-answer', answers: 1, ms: 5 }),
  ];
  return (kill, startupMs, workLeft) => planned[kill]?.(startupMs) ?? random(kill, startupMs, workLeft);
}

function chooseTrigger(random: () => number, startupMs: number, workLeft: boolean): Trigger {
  const roll = workLeft ? random() : random() * 0.4;
  if (roll < 0.2) return { kind: 'time', ms: Math.floor(random() * startupMs) };
  if (roll < 0.4) return { kind: 'after-loaded', ms: Math.floor(random() * 40) };
  if (roll < 0.55) return { kind: 'after-sending', ms: Math.floor(random() * 200) };
  return { kind: 'after-answer', answers: 1 + Math.floor(random() * 2), ms: Math.floor(random() * 12) };
}

async function assertUsable(repo: string, killedPids: readonly number[], protectedTargets: Map<string, { target: string; status: string }>): Promise<string[]> {
  const leftovers = (await listFiles(repo)).filter(isLeftover);
  // A kill between moving a file aside and linking the new one into place leaves it under its aside name for the
  // next run to put back first; nothing of it is lost. Put back here the same way, so what follows checks it.
  const restored = await restoreSetAside(path.join(repo, 'translations'));
  if (restored.length > 0) console.info(`kill left ${restored.join(', ')} set aside; put back`);
  const files = await listFiles(repo);
  for (const file of files.filter((f) => f.startsWith('translations/') && f.endsWith('.yaml') && !isLeftover(f))) {
    const text = await readFile(path.join(repo, file), 'utf8');
    const parse = () => (file.startsWith('translations/memory/') ? parseMemoryFile(text, file) : parseTranslationFile(text, file));
    expect(parse, file).not.toThrow();
  }
  for (const language of ['en', 'ko']) {
    const file = `translations/${language}/bericht.yaml`;
    const text = await readFile(path.join(repo, file), 'utf8');
    expect(text).toContain(HAND_COMMENT);
    const segments = parseTranslationFile(text, file).model.segments;
    for (const [key, expected] of protectedTargets) {
      if (!key.startsWith(`${file}#`)) continue;
      const entry = segments.find((s) => s.id === key.slice(file.length + 1));
      expect(entry && { target: entry.target, status: entry.status }, key).toEqual(expected);
    }
  }
  // A lock left behind belongs to a killed run (not necessarily the last: that one may have died before locking);
  // the next run must take it over, which the loop checks by never seeing exit 5.
  if (files.includes('.dolmetsch/lock')) {
    const holder = JSON.parse(await readFile(path.join(repo, '.dolmetsch/lock'), 'utf8')) as { pid: number };
    expect(killedPids).toContain(holder.pid);
  }
  return leftovers;
}

function billed(requests: readonly RecordedRequest[]): number {
  return translateRequests(requests)
    .filter((r) => r.status === 200)
    .reduce((n, r) => n + r.texts.reduce((m, t) => m + [...t].length, 0), 0);
}

/**
 * The scenario: an uninterrupted run for reference, then runs killed `minKills` times (triggers from `choose`)
 * and started again until one finishes.
 */
export async function killedAtAnyMoment(minKills: number, choose: ChooseTrigger): Promise<void> {
  const servers: FakeDeepL[] = [];
  try {
    await scenario(minKills, choose, servers);
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}

async function scenario(minKills: number, choose: ChooseTrigger, servers: FakeDeepL[]): Promise<void> {
  const { repo: base, protectedTargets } = await baseRepository();
  const uninterruptedRepo = await copyFixture(base);
  const killedRepo = await copyFixture(base);

  const baseline = await startFakeDeepL({ authKey: KEY, latencyMs: LATENCY_MS });
  servers.push(baseline);
  const started = Date.now();
  let firstRequestAt = 0;
  const watch = setInterval(() => (firstRequestAt ||= baseline.requests.length > 0 ? Date.now() - started : 0), 2);
  const clean = await attempt(uninterruptedRepo, baseline);
  clearInterval(watch);
  expect(clean.code, clean.stderr).toBe(0);
  const baselineBilled = billed(clean.requests);
  const largestBatch = Math.max(...translateRequests(clean.requests).map((r) => r.texts.reduce((m, t) => m + [...t].length, 0)));
  const perKillAllowance = CONCURRENCY * largestBatch;

  const fake = await startFakeDeepL({ authKey: KEY, latencyMs: LATENCY_MS });
  servers.push(fake);
  const attempts: Attempt[] = [];
  const leftovers = new Set<string>();
  let locksLeft = 0;
  let workLeft = true;
  for (let round = 0; round < 60; round++) {
    const kills = attempts.filter((a) => a.killed).length;
    const result = await attempt(killedRepo, fake, kills < minKills ? choose(kills, firstRequestAt, workLeft) : undefined);
    attempts.push(result);
    if (result.code === 0) workLeft = false;
    expect(result.code === 0 || result.killed, `run ${round} exited ${result.code}: ${result.stderr}`).toBe(true);
    if (result.killed) {
      if ((await listFiles(killedRepo, '.dolmetsch')).includes('.dolmetsch/lock')) locksLeft++;
      for (const file of await assertUsable(killedRepo, attempts.filter((a) => a.killed).map((a) => a.pid), protectedTargets)) leftovers.add(file);
    } else if (kills >= minKills) {
      break;
    }
  }
  const killed = attempts.filter((a) => a.killed);
  expect(killed.length).toBeGreaterThanOrEqual(minKills);
  expect(attempts.at(-1)!.code).toBe(0);
  expect(locksLeft).toBeGreaterThan(0); // and every run after such a kill took the lock over (no exit 5 above)

  // Kills landed in every phase: before anything was read, between reading and sending, and while sending/writing.
  const phase = (a: Attempt) => (!a.stderr.includes('Read ') ? 'startup' : !a.stderr.includes('Sending ') ? 'planning' : 'sending');
  const phases = new Set(killed.map(phase));
  expect([...phases].sort()).toEqual(['planning', 'sending', 'startup']);
  expect(killed.some((a) => translateRequests(a.requests).some((r) => r.status === 200))).toBe(true);

  // Leftover temporary files are ignored (the runs above finished over them) and never mistaken for translations.
  const final = await results(killedRepo);
  expect(final).toEqual(await results(uninterruptedRepo));
  expect((await listFiles(killedRepo)).includes('.dolmetsch/lock')).toBe(false);

  // Billing: a kill loses at most the requests in flight — one batch per worker (a slot frees only once its answer is synced).
  const paid = new Map<string, number>();
  for (const [index, a] of attempts.entries()) {
    for (const r of translateRequests(a.requests).filter((q) => q.status === 200)) {
      for (const text of r.texts) paid.set(`${r.targetLang}:${text}`, paid.get(`${r.targetLang}:${text}`) ?? index);
    }
  }
  let wastedByKills = 0;
  for (const [index, a] of attempts.entries()) {
    const lost = translateRequests(a.requests)
      .filter((r) => r.status === 200)
      .filter((r) => r.texts.some((text) => attempts.slice(index + 1).some((later) => translateRequests(later.requests).some((q) => q.status === 200 && q.targetLang === r.targetLang && q.texts.includes(text)))));
    expect(lost.length, `run ${index} lost ${lost.length} answered requests`).toBeLessThanOrEqual(CONCURRENCY);
    wastedByKills += lost.reduce((n, r) => n + r.texts.reduce((m, t) => m + [...t].length, 0), 0);
  }
  const totalBilled = fake.used;
  expect(totalBilled).toBe(billed(attempts.flatMap((a) => a.requests)));
  expect(totalBilled - baselineBilled).toBeLessThanOrEqual(wastedByKills);
  const killsPaying = killed.filter((a) => translateRequests(a.requests).some((r) => r.status === 200)).length;
  expect(totalBilled - baselineBilled).toBeLessThanOrEqual(killsPaying * perKillAllowance);

  console.info(
    `kill test: ${killed.length} kills (${[...phases].map((p) => `${p} ${killed.filter((a) => phase(a) === p).length}`).join(', ')}), ` +
      `${attempts.length} runs, ${locksLeft} dead locks taken over; billed ${totalBilled} vs ${baselineBilled} uninterrupted (×${(totalBilled / baselineBilled).toFixed(3)}; ` +
      `${totalBilled - baselineBilled} extra = ${((totalBilled - baselineBilled) / perKillAllowance).toFixed(2)} × concurrency·largest batch ${perKillAllowance}, ` +
      `${killsPaying} kills after a paid answer); leftover temp files: ${leftovers.size} ${[...leftovers].slice(0, 3).join(' ')}`,
  );
}
