/**
 * Each source's abbreviation counts (AbbreviationLearner.count), keyed by the hash of its bytes, in
 * `.dolmetsch/abbreviation-counts.json`. Counts add up, so when one source changed the learned abbreviations are the
 * sum of the kept counts plus the changed source's fresh ones: the same as learning from every source again, without
 * reading the others. Kept apart from cache.json, so a run where no source changed never reads it. Only an
 * optimisation: a missing, corrupt or foreign-version file means counting from the sources again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TokenCounts } from '../../segment/index.ts';
import { writeFileAtomic } from '../../store/index.ts';

export const SOURCE_COUNTS_FILE = '.dolmetsch/abbreviation-counts.json';
/** Bump when the learner counts differently. */
const VERSION = 'dolmetsch-abbreviation-counts-1';

interface Kept {
  hash: string;
  /** `token withStop inside without` repeated, space separated: tokens are letters only. */
  counts: string;
}

export class SourceTokenCounts {
  readonly #kept: Map<string, Kept>;
  #dirty = false;

  private constructor(kept: Map<string, Kept>) {
    this.#kept = kept;
  }

  static empty(): SourceTokenCounts {
    return new SourceTokenCounts(new Map());
  }

  static async read(root: string): Promise<SourceTokenCounts> {
    try {
      const data = JSON.parse(await readFile(path.join(root, SOURCE_COUNTS_FILE), 'utf8')) as { version?: unknown; sources?: unknown };
      if (data.version === VERSION && typeof data.sources === 'object' && data.sources !== null) {
        const kept = new Map<string, Kept>();
        for (const [file, entry] of Object.entries(data.sources as Record<string, Partial<Kept>>)) {
          if (typeof entry?.hash === 'string' && typeof entry.counts === 'string') kept.set(file, { hash: entry.hash, counts: entry.counts });
        }
        return new SourceTokenCounts(kept);
      }
    } catch {
      // None yet, or unreadable: count from the sources.
    }
    return SourceTokenCounts.empty();
  }

  /** The kept counts of a source with exactly these bytes, else undefined (then it must be read and counted). */
  get(file: string, hash: string): TokenCounts | undefined {
    const kept = this.#kept.get(file);
    return kept?.hash === hash ? decode(kept.counts) : undefined;
  }

  set(file: string, hash: string, counts: TokenCounts): void {
    this.#kept.set(file, { hash, counts: encode(counts) });
    this.#dirty = true;
  }

  /** Forgets sources that are gone. */
  keepOnly(files: ReadonlySet<string>): void {
    for (const file of this.#kept.keys()) {
      if (!files.has(file)) {
        this.#kept.delete(file);
        this.#dirty = true;
      }
    }
  }

  async write(root: string): Promise<void> {
    if (!this.#dirty) return;
    const sources = Object.fromEntries([...this.#kept.keys()].sort().map((file) => [file, this.#kept.get(file)!]));
    await writeFileAtomic(path.join(root, SOURCE_COUNTS_FILE), `${JSON.stringify({ version: VERSION, sources })}\n`);
    this.#dirty = false;
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
