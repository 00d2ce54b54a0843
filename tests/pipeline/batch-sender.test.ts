/**
 * The sender's slot frees as soon as an answer is read: journalling it (synced) is part of handling the outcome,
 * which the answer waits for before it goes into any file. Never paid twice: nothing reaches a file unjournalled.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal, JOURNAL_FILE } from '../../src/pipeline/journal/journal.ts';
import { BatchSender, type Batch } from '../../src/pipeline/send/batch-sender.ts';
import { toTagged } from '../../src/source/inline-tags.ts';
import { createProvider } from '../../src/providers/registry.ts';

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
});
