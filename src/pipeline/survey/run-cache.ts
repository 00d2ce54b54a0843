/**
 * Remembers which translation files were complete and consistent with their source at the end of a run,
 * keyed by the exact bytes of the source, the glossary and the translation file. A later run skips reading and
 * parsing those files: the same inputs would produce the same file again, so a no-op run costs almost nothing.
 * Only an optimisation: a missing, unreadable or outdated cache just means every file is read.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AbbreviationStats } from '../../segment/index.ts';
import { SEGMENT_STATUSES, type SegmentStatus, type TargetLanguage } from '../../core/translation.ts';
import { writeFileAtomic } from '../../store/index.ts';

export const CACHE_FILE = '.dolmetsch/cache.json';
/** Bump when segmentation, ids or the file format change, so old verdicts are not trusted. */
const CACHE_VERSION = 'dolmetsch-cache-2';

export type StatusCounts = Record<SegmentStatus, number>;

interface CacheData {
  version: string;
  files: Record<string, { key: string; counts: StatusCounts }>;
  /** The abbreviations learned from all sources, keyed by every source's path and bytes. */
  abbreviations?: { key: string; stats: AbbreviationStats };
}

export function bytesHash(bytes: Uint8Array | string | undefined): string {
  return bytes === undefined ? '-' : createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

export class RunCache {
  readonly #files: CacheData['files'];
  #abbreviations: CacheData['abbreviations'];
  #dirty = false;

  private constructor(files: CacheData['files'], abbreviations?: CacheData['abbreviations']) {
    this.#files = files;
    this.#abbreviations = abbreviations;
  }

  static async read(root: string): Promise<RunCache> {
    try {
      const data = JSON.parse(await readFile(path.join(root, CACHE_FILE), 'utf8')) as Partial<CacheData>;
      if (data.version === CACHE_VERSION && data.files && typeof data.files === 'object') return new RunCache(data.files, validAbbreviations(data.abbreviations));
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new RunCache(Object.create(null) as CacheData['files']);
  }

  /** Status counts of a file known to be complete for exactly these inputs, else undefined. */
  lookup(language: TargetLanguage, sourcePath: string, key: string): StatusCounts | undefined {
    const hit = this.#files[`${language}:${sourcePath}`];
    return hit && hit.key === key && validCounts(hit.counts) ? hit.counts : undefined;
  }

  record(language: TargetLanguage, sourcePath: string, key: string, counts: StatusCounts): void {
    const slot = `${language}:${sourcePath}`;
    if (this.#files[slot]?.key === key) return;
    this.#files[slot] = { key, counts };
    this.#dirty = true;
  }

  /** True when abbreviations were learned before (for some sources): a first run knows it must learn. */
  get knowsAbbreviations(): boolean {
    return this.#abbreviations !== undefined;
  }

  learnedAbbreviations(key: string): AbbreviationStats | undefined {
    return this.#abbreviations?.key === key ? this.#abbreviations.stats : undefined;
  }

  rememberAbbreviations(key: string, stats: AbbreviationStats): void {
    if (this.#abbreviations?.key === key) return;
    this.#abbreviations = { key, stats };
    this.#dirty = true;
  }

  forget(language: TargetLanguage, sourcePath: string): void {
    if (delete this.#files[`${language}:${sourcePath}`]) this.#dirty = true;
  }

  async write(root: string): Promise<void> {
    if (!this.#dirty) return;
    // Sorted, so the file does not depend on the order in which a run finished its files.
    const files = Object.fromEntries(Object.keys(this.#files).sort().map((slot) => [slot, this.#files[slot]!]));
    const data: CacheData = { version: CACHE_VERSION, files, ...(this.#abbreviations ? { abbreviations: this.#abbreviations } : {}) };
    await writeFileAtomic(path.join(root, CACHE_FILE), `${JSON.stringify(data)}\n`);
    this.#dirty = false;
  }
}

/** The cache key of one translation file: everything its content depends on. */
export function fileKey(sourceHash: string, glossaryHash: string, fileHash: string): string {
  return bytesHash(`${sourceHash}|${glossaryHash}|${fileHash}`);
}

function validCounts(counts: unknown): counts is StatusCounts {
  return typeof counts === 'object' && counts !== null && SEGMENT_STATUSES.every((s) => Number.isInteger((counts as StatusCounts)[s]));
}

function validAbbreviations(value: unknown): CacheData['abbreviations'] {
  const candidate = value as CacheData['abbreviations'];
  const ok = typeof candidate?.key === 'string' && Array.isArray(candidate.stats?.abbreviations) &&
    candidate.stats.abbreviations.every((a) => typeof a?.token === 'string' && Number.isInteger(a.withStop) && Number.isInteger(a.without) && Number.isInteger(a.beforeLowerOrDigit));
  return ok ? candidate : undefined;
}
