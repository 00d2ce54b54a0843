/**
 * Every translation a provider returns is appended here (and synced) before it goes into any file, so a run
 * killed before it wrote an article loses nothing it paid for: the next run takes the translations from here.
 * The journal is emptied when a run ends with every file written.
 */
import { closeSync, fdatasync, fdatasyncSync, mkdirSync, openSync, write, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import { open, stat, unlink } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import path from 'node:path';
import type { TargetLanguage } from '../../core/translation.ts';
import { SentenceMap, SentenceSet } from '../sentence-key.ts';
import { restoreAnswer, type Answer, type RawAnswer } from '../send/answer.ts';

export const JOURNAL_FILE = '.dolmetsch/journal.ndjson';

/** What the journal gives back: the answer restored to Markdown. */
export type JournalEntry = Answer;

export class Journal {
  readonly #file: string;
  readonly #entries: SentenceMap<JournalEntry>;
  readonly #used = new SentenceSet();
  /** Bytes the file held when it was opened: what earlier runs left (this run's own appends come after). */
  readonly #earlierBytes: number;
  #fd: number | undefined;
  /** The appends not yet on disk, in order, and how many there are. */
  #appending: Promise<void> = Promise.resolve();
  #queued = 0;
  /** The appends waiting for the one being written, to be written and synced together once it is on disk. */
  #nextGroup: { parts: Buffer[]; done: Promise<void> } | undefined;
  #syncs = 0;

  private constructor(file: string, entries: SentenceMap<JournalEntry>, earlierBytes: number) {
    this.#file = file;
    this.#entries = entries;
    this.#earlierBytes = earlierBytes;
  }

  /** `wanted`: keep only entries for the sentences this run asks for (the rest stays in the file for `leftovers`). */
  static async open(root: string, wanted?: (language: TargetLanguage, source: string) => boolean): Promise<Journal> {
    const file = path.join(root, JOURNAL_FILE);
    const entries = new SentenceMap<JournalEntry>();
    const earlierBytes = (await stat(file).catch(() => undefined))?.size ?? 0;
    for await (const entry of readEntries(file, earlierBytes, wanted)) entries.set(entry.language, entry.source, entry);
    return new Journal(file, entries, earlierBytes);
  }

  lookup(language: TargetLanguage, source: string): JournalEntry | undefined {
    const entry = this.#entries.get(language, source);
    if (entry) this.#used.add(language, source);
    return entry;
  }

  /** Every sentence this journal holds for the run, per language. */
  *sources(): Generator<[TargetLanguage, string]> {
    for (const entry of this.#entries.values()) yield [entry.language, entry.source];
  }

  /** Entries an earlier run paid for that no segment of this run took (their sentence changed meanwhile). */
  async leftovers(): Promise<JournalEntry[]> {
    const unused = new SentenceMap<JournalEntry>();
    for await (const entry of readEntries(this.#file, this.#earlierBytes)) {
      if (!this.#used.has(entry.language, entry.source)) unused.set(entry.language, entry.source, entry);
    }
    return [...unused.values()];
  }

  /**
   * Appends and syncs before it returns. Synchronous: for the rare answer that must be kept at once (what a failed
   * request's broken answer still held).
   */
  append(entries: readonly RawAnswer[]): void {
    if (entries.length === 0) return;
    const fd = this.#open();
    const bytes = lines(entries);
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    fdatasyncSync(fd);
    this.#syncs++;
    // Not kept in memory: lookups only ever ask for what earlier runs left here.
  }

  /**
   * Appends and syncs; resolves once the entries are on disk, in the order they were asked for. The sender's slot
   * waits for this before its next request leaves (a kill then loses no answer that is not a request in flight).
   * `onTheSpot`: synced here and now when nothing is queued before it — the slot is then free in the same turn of the
   * event loop, instead of waiting for two thread-pool round trips queued behind the run's file reads and writes and
   * for two more turns (measured on the shared bench machine: p90 51 ms, up to 370 ms, against 0.64 ms median for
   * the sync itself). Otherwise through the pool, and the event loop goes on meanwhile.
   */
  appendSynced(entries: readonly RawAnswer[], { onTheSpot = false }: { onTheSpot?: boolean } = {}): Promise<void> {
    if (entries.length === 0) return this.#appending;
    if (onTheSpot && this.#queued === 0) {
      try {
        this.append(entries);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    }
    this.#queued++;
    // Appends that arrive while another is being written wait together: one write and one sync for all of them.
    const group = (this.#nextGroup ??= this.#startGroup());
    group.parts.push(lines(entries));
    return group.done;
  }

  /** How many times the journal was synced (each sync covers every append written before it). */
  get syncs(): number {
    return this.#syncs;
  }

  /** A group of appends that starts once the one before it is on disk; it takes every append made until then. */
  #startGroup(): { parts: Buffer[]; done: Promise<void> } {
    const group: { parts: Buffer[]; done: Promise<void> } = { parts: [], done: Promise.resolve() };
    group.done = this.#appending.then(async () => {
      if (this.#nextGroup === group) this.#nextGroup = undefined;
      const fd = this.#open();
      const bytes = group.parts.length === 1 ? group.parts[0]! : Buffer.concat(group.parts);
      for (let written = 0; written < bytes.length; ) written += await writeAsync(fd, bytes, written);
      await fdatasyncAsync(fd);
      this.#syncs++;
    });
    // A failed append fails the callers of its group; the groups after it still try.
    const settled = () => void (this.#queued -= group.parts.length);
    this.#appending = group.done.then(settled, settled);
    return group;
  }

  #open(): number {
    if (this.#fd === undefined) {
      mkdirSync(path.dirname(this.#file), { recursive: true });
      this.#fd = openSync(this.#file, 'a');
    }
    return this.#fd;
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }

  async clear(): Promise<void> {
    this.close();
    this.#entries.clear();
    await unlink(this.#file).catch(() => undefined);
  }
}

const writeAsync = (fd: number, bytes: Buffer, offset: number): Promise<number> =>
  new Promise((resolve, reject) => write(fd, bytes, offset, bytes.length - offset, null, (error, written) => (error ? reject(error) : resolve(written))));
const fdatasyncAsync = promisify(fdatasync);

function lines(entries: readonly RawAnswer[]): Buffer {
  return Buffer.from(entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
}

/** The first `bytes` of the journal line by line (a journal of a long killed run can be large); none when there is none. */
async function* readEntries(file: string, bytes: number, wanted?: (language: TargetLanguage, source: string) => boolean): AsyncGenerator<JournalEntry> {
  if (bytes === 0) return;
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    const input = handle.createReadStream({ encoding: 'utf8', autoClose: false, start: 0, end: bytes - 1 });
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      // A line cut short by a kill is simply not there.
      const entry = parseLine(line, wanted);
      if (entry) yield entry;
    }
  } finally {
    await handle.close();
  }
}

/** A journal line: a raw answer (restored here), or an answer already in Markdown (`target`, older journals). */
function parseLine(line: string, wanted?: (language: TargetLanguage, source: string) => boolean): JournalEntry | undefined {
  if (line.trim() === '') return undefined;
  let value: Partial<RawAnswer & JournalEntry>;
  try {
    value = JSON.parse(line) as Partial<RawAnswer & JournalEntry>;
  } catch {
    return undefined; // torn or foreign line
  }
  const { language, provider } = value;
  if ((language !== 'en' && language !== 'ko') || typeof value.source !== 'string' || typeof provider !== 'string') return undefined;
  const source = value.source.normalize('NFC'); // a journal written before sources were read as NFC
  if (wanted && !wanted(language, source)) return undefined;
  const review = typeof value.review === 'string' ? { review: value.review } : {};
  if (typeof value.target === 'string') return { language, source, target: value.target, provider, ...review };
  if (typeof value.raw !== 'string' || !Array.isArray(value.dnt) || !value.dnt.every((t) => typeof t === 'string')) return undefined;
  return restoreAnswer({ language, source, raw: value.raw, dnt: value.dnt, provider, ...review });
}
