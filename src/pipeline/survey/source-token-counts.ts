/**
 * Each source's abbreviation counts (AbbreviationLearner.count), keyed by the hash of its bytes, in
 * `.dolmetsch/abbreviation-counts.json`, and their sum. Counts add up, so when one source changed the learned
 * abbreviations are the sum minus the changed source's kept counts plus its fresh ones: the same as learning from
 * every source again, without reading — or decoding the kept counts of — the others. The sum is trusted only under
 * a key made of every kept entry and the sum itself; otherwise it is added up from the entries again. Kept apart
 * from cache.json, so a run where no source changed never reads it. Only an optimisation: a missing, corrupt or
 * foreign-version file means counting from the sources again.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TokenCounts } from '../../segment/index.ts';
import { ownText } from '../../source/own-text.ts';
import { writeFileAtomic } from '../../store/index.ts';
import { jsonFileText } from './json-pieces.ts';

export const SOURCE_COUNTS_FILE = '.dolmetsch/abbreviation-counts.json';
/** Bump when the learner counts differently. */
const VERSION = 'dolmetsch-abbreviation-counts-2';

interface Kept {
  hash: string;
  /** `token withStop inside without` repeated, space separated: tokens are letters only. */
  counts: string;
}

export class SourceTokenCounts {
  readonly #kept: Map<string, Kept>;
  /** The sum of every kept entry's counts, when known without decoding them all. */
  #total: TokenCounts | undefined;
  #dirty = false;

  private constructor(kept: Map<string, Kept>, total: TokenCounts | undefined) {
    this.#kept = kept;
    this.#total = total;
  }

  static empty(): SourceTokenCounts {
    return new SourceTokenCounts(new Map(), new Map());
  }

  static async read(root: string): Promise<SourceTokenCounts> {
    try {
      const data = JSON.parse(await readFile(path.join(root, SOURCE_COUNTS_FILE), 'utf8')) as { version?: unknown; sources?: unknown; total?: { key?: unknown; counts?: unknown } };
      if (data.version === VERSION && typeof data.sources === 'object' && data.sources !== null) {
        const kept = new Map<string, Kept>();
        for (const [file, entry] of Object.entries(data.sources as Record<string, Partial<Kept>>)) {
          if (typeof entry?.hash === 'string' && typeof entry.counts === 'string') kept.set(file, { hash: entry.hash, counts: entry.counts }); // JSON.parse makes flat one-byte strings already
        }
        const { key, counts } = data.total ?? {};
        const trusted = typeof counts === 'string' && key === totalKey(kept, counts);
        return new SourceTokenCounts(kept, trusted ? decode(counts) : undefined);
      }
    } catch {
      // None yet, or unreadable: count from the sources.
    }
    return SourceTokenCounts.empty();
  }

  /** Whether counts of a source with exactly these bytes are kept (and, without a trusted sum, decode). */
  has(file: string, hash: string): boolean {
    const kept = this.#kept.get(file);
    return kept?.hash === hash && (this.#total !== undefined || decode(kept.counts) !== undefined);
  }

  set(file: string, hash: string, counts: TokenCounts): void {
    this.#forget(file);
    if (this.#total) addInto(this.#total, counts, 1);
    // Kept for the whole run (some 9 M characters at 10,000 sources), and their tokens are cut from sources that
    // hold a „quote“: an own copy takes one byte per character instead of two.
    this.#kept.set(file, { hash, counts: ownText(encode(counts)) });
    this.#dirty = true;
  }

  /** Forgets sources that are gone. */
  keepOnly(files: ReadonlySet<string>): void {
    for (const file of [...this.#kept.keys()]) {
      if (!files.has(file)) {
        this.#forget(file);
        this.#dirty = true;
      }
    }
  }

  /** Every kept source's counts added up: what a learner given every source would count. */
  sum(): TokenCounts {
    if (this.#total === undefined) {
      const total: TokenCounts = new Map();
      for (const kept of this.#kept.values()) addInto(total, decode(kept.counts) ?? new Map(), 1);
      this.#total = total;
    }
    return this.#total;
  }

  async write(root: string): Promise<void> {
    if (!this.#dirty) return;
    const sources = Object.fromEntries([...this.#kept.keys()].sort().map((file) => [file, this.#kept.get(file)!]));
    const counts = encode(new Map([...this.sum()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
    const total = { key: totalKey(this.#kept, counts), counts };
    await writeFileAtomic(path.join(root, SOURCE_COUNTS_FILE), jsonFileText({ version: VERSION, total, sources }));
    this.#dirty = false;
  }

  /** Drops a source's kept counts, and takes them out of the sum (which is no longer known if they do not decode). */
  #forget(file: string): void {
    const old = this.#kept.get(file);
    if (old === undefined) return;
    this.#kept.delete(file);
    const counts = this.#total && decode(old.counts);
    if (counts) addInto(this.#total!, counts, -1);
    else this.#total = undefined;
  }
}

/**
 * What the sum was made from: every entry as kept, and the sum as written. Hashed entry by entry: at 10,000 sources
 * the joined text would be some 10 MB, made at the end of the run.
 */
function totalKey(kept: ReadonlyMap<string, Kept>, counts: string): string {
  const hash = createHash('sha256');
  const files = [...kept.keys()].sort();
  for (const file of files) {
    const { hash: sourceHash, counts: sourceCounts } = kept.get(file)!;
    hash.update(`${file}\0${sourceHash}\0${sourceCounts}\n`);
  }
  if (files.length === 0) hash.update('\n');
  return hash.update(counts).digest('hex').slice(0, 32);
}

/** Adds (`sign` 1) or takes away (-1) counts; a token whose counts all come to zero is dropped, as if never seen. */
function addInto(total: TokenCounts, counts: TokenCounts, sign: 1 | -1): void {
  for (const [token, [withStop, inside, without]] of counts) {
    const mine = total.get(token) ?? [0, 0, 0];
    mine[0] += sign * withStop;
    mine[1] += sign * inside;
    mine[2] += sign * without;
    if (mine[0] === 0 && mine[1] === 0 && mine[2] === 0) total.delete(token);
    else total.set(token, mine);
  }
}

function encode(counts: TokenCounts): string {
  const parts: string[] = [];
  for (const [token, [withStop, inside, without]] of counts) parts.push(token, String(withStop), String(inside), String(without));
  return parts.join(' ');
}

/** Undefined for a damaged entry: that source is counted again. */
function decode(text: string): TokenCounts | undefined {
  const counts: TokenCounts = new Map();
  if (text === '') return counts;
  const parts = text.split(' ');
  if (parts.length % 4 !== 0) return undefined;
  for (let i = 0; i < parts.length; i += 4) {
    const numbers: [number, number, number] = [Number(parts[i + 1]), Number(parts[i + 2]), Number(parts[i + 3])];
    if (!numbers.every((n) => Number.isInteger(n) && n >= 0)) return undefined;
    counts.set(parts[i]!, numbers);
  }
  return counts;
}
