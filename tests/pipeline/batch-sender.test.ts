/**
 * The sender's slot frees once an answer is read and synced to the journal, before the answer goes into any file.
 * Never paid twice: nothing reaches a file unjournalled. And the next request does not wait for the thread pool.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, open as openCallback, openSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal, JOURNAL_FILE } from '../../src/pipeline/journal/journal.ts';
import { BatchSender, type Batch } from '../../src/pipeline/send/batch-sender.ts';
import { toTagged } from '../../src/source/inline-tags.ts';
import { createProvider } from '../../src/providers/registry.ts';
import { BatchScheduler } from '../../src/pipeline/send/scheduler.ts';
import { startFakeDeepL } from '../fakes/deepl-server.ts';

/**
 * Every thread of libuv's pool (4 unless UV_THREADPOOL_SIZE says otherwise) blocked in the open of a named pipe no
 * writer has opened yet: file reads, writes and syncs through the pool wait until `release` opens the writing ends
 * (synchronously, on this thread).
 */
async function blockThreadPool(root: string): Promise<{ release: () => void }> {
  const threads = Number(process.env.UV_THREADPOOL_SIZE) || 4;
  const pipes = Array.from({ length: threads }, (_, i) => path.join(root, `pool-${i}`));
  for (const pipe of pipes) execFileSync('mkfifo', [pipe]);
  const opened = pipes.map((pipe) => new Promise<number>((resolve, reject) => openCallback(pipe, 'r', (error, fd) => (error ? reject(error) : resolve(fd)))));
  await new Promise((resolve) => setTimeout(resolve, 50)); // the opens have reached the pool's threads
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      // A reader is waiting on each pipe, so opening the writing end without blocking succeeds and frees it.
      for (const pipe of pipes) closeSync(openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK));
      void Promise.all(opened).then((fds) => fds.forEach((fd) => closeSync(fd)));
    },
  };
}

function batch(sentences: string[]): Batch {
  return sentences.map((source, i) => ({
    language: 'en' as const,
    source,
    segment: { key: `s${i}`, text: source, before: '', after: '', terms: [] },
    tagged: toTagged(source),
    dnt: [],
    waiters: [],
  }));
}

const journalLines = (root: string): string[] => {
  const file = path.join(root, JOURNAL_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
};

describe('BatchSender', () => {
  it('holds the slot until the answers are synced to the journal: a kill loses no answer that is not a request in flight', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-sender-'));
    const journal = await Journal.open(root);
    const sender = new BatchSender(createProvider('pseudo', { env: {}, englishVariant: 'en-US' }), journal, undefined);
    const first = batch(['Ein Satz.', 'Noch ein Satz.']);
    const second = batch(['Ein dritter Satz.']);

    const answers = await sender.send(first);
    expect(answers).toHaveLength(2);
    // The slot frees (send resolves) only once its answers are on disk: the next request leaves after that.
    expect(journalLines(root).map((line) => (JSON.parse(line) as { source: string }).source)).toEqual(['Ein Satz.', 'Noch ein Satz.']);

    const secondAnswers = await sender.send(second);
    expect(journalLines(root)).toHaveLength(3);
    const received = [sender.received(first, { kind: 'done', result: answers }), sender.received(second, { kind: 'done', result: secondAnswers })];
    expect(received.map((r) => r.length)).toEqual([2, 1]);
    // Receiving the outcome journals nothing twice.
    expect(journalLines(root).map((line) => (JSON.parse(line) as { source: string }).source)).toEqual(['Ein Satz.', 'Noch ein Satz.', 'Ein dritter Satz.']);
    journal.close();
  });

  it('sends the next request while every thread of the pool is busy: the answer is journalled on the spot, not queued behind file reads and writes', async () => {
    const fake = await startFakeDeepL({ authKey: 'pool-key:fx' });
    const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-sender-pool-'));
    const journal = await Journal.open(root);
    const env = { DEEPL_AUTH_KEY: 'pool-key:fx', DEEPL_SERVER_URL: fake.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1' };
    const sender = new BatchSender(createProvider('deepl', { env, englishVariant: 'en-US' }), journal, undefined);
    const translateRequests = () => fake.requests.filter((r) => r.path === '/v2/translate').length;
    let pool: { release: () => void } | undefined;
    let secondWhileBlocked = false;
    try {
      // One slot, two requests: the second may leave only once the first one's answer is in the journal.
      const batches = (async function* () {
        yield batch(['Ein Satz.', 'Noch ein Satz.']);
        // The pool is blocked before the first request leaves; it is released once the second has arrived (or after 5 s, to fail rather than hang).
        pool = await blockThreadPool(root);
        yield batch(['Ein dritter Satz.']);
      })();
      const watching = (async () => {
        while (pool === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
        const started = Date.now();
        while (translateRequests() < 2 && Date.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 5));
        secondWhileBlocked = translateRequests() === 2;
        pool.release();
      })();
      const outcomes: string[] = [];
      await new BatchScheduler({ concurrency: 1 }).run(batches, (b) => sender.send(b), async (_, outcome) => void outcomes.push(outcome.kind));
      await watching;
      expect(secondWhileBlocked).toBe(true);
      expect(outcomes).toEqual(['done', 'done']);
      expect(journalLines(root)).toHaveLength(3);
    } finally {
      pool?.release();
      journal.close();
      await fake.close();
    }
  });

  it('syncs the answer of a provider that answers at once (a local one) through the pool: the run plans on while it waits', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-sender-local-'));
    const journal = await Journal.open(root);
    const sender = new BatchSender(createProvider('pseudo', { env: {}, englishVariant: 'en-US' }), journal, undefined);
    const pool = await blockThreadPool(root);
    try {
      let settled = false;
      const sending = sender.send(batch(['Ein Satz.', 'Noch ein Satz.'])).then((answers) => ((settled = true), answers));
      // Timers still fire while the sync waits for a thread of the pool: the event loop is not held.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(settled).toBe(false);
      expect(journalLines(root)).toHaveLength(0);
      pool.release();
      expect(await sending).toHaveLength(2);
      expect(journalLines(root)).toHaveLength(2);
    } finally {
      pool.release();
      journal.close();
    }
  });
});
