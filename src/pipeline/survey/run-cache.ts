/**
 * The repository index in `.dolmetsch/cache.json`, one file written atomically at the end of a translate run:
 * - which translation files were complete and consistent with their source, keyed by the exact bytes of the source,
 *   the glossary and the translation file: the same inputs would produce the same file again;
 * - the stat and hash of every file read (file-stamps.ts), so those bytes are known without opening unchanged files;
 * - which sentences each translation file offers the translation memory (plan/memory-index.ts);
 * - the learned abbreviations.
 * Only an optimisation, never trusted over the files: a missing, corrupt, foreign-version or outdated index just
 * means files are read again. Commands that only read (check, status, publish) may read it while a run writes it;
 * the rename makes them see the old index or the new one, never half of one.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AbbreviationStats } from '../../segment/index.ts';
import { SEGMENT_STATUSES, type SegmentStatus, type TargetLanguage } from '../../core/translation.ts';
import { writeFileAtomic } from '../../store/index.ts';
import { jsonFileText } from './json-pieces.ts';
import { bytesHash, FileStamps } from '../../workspace/file-stamps.ts';
import { MemoryIndex } from '../plan/memory-index.ts';
import type { SourceTokenCounts } from './source-token-counts.ts';
import { writeKeptGlossary, type KeptGlossary } from './kept-glossary.ts';
import { glossarySnapshot, type Glossary } from '../../glossary/index.ts';

export { bytesHash };

export const CACHE_FILE = '.dolmetsch/cache.json';
/**
 * Bump when segmentation, ids, the file format or `sentenceHash` (stored in the memory index) change, so old
 * verdicts are not trusted. The tool's fingerprint (a changed build) discards the index as well.
 */
const CACHE_VERSION = 'dolmetsch-cache-4';

export type StatusCounts = Record<SegmentStatus, number>;

interface CacheData {
  version: string;
  /** The tool that wrote it (version and build): another one's verdicts are not trusted. */
  tool?: string;
  files: Record<string, { key: string; counts: StatusCounts }>;
  /** The abbreviations learned from all sources, keyed by every source's path and bytes. */
  abbreviations?: { key: string; stats: AbbreviationStats };
  stamps?: unknown;
  memory?: unknown;
  /** Hash of glossary bytes that loaded without a problem. */
  goodGlossary?: string;
  /** What each provider's preparation returned last (DeepL: the name of the glossary it prepared), by provider. */
  prepared?: Record<string, string>;
}

export class RunCache {
  readonly #files: CacheData['files'];
  #abbreviations: CacheData['abbreviations'];
  #goodGlossary: string | undefined;
  readonly #prepared: Record<string, string>;
  #dirty = false;
  /** What the files held when last read: unchanged ones are not opened. */
  readonly stamps: FileStamps;
  /** As recorded, checked only when first used: a run with nothing to do never asks its memory anything. */
  readonly #recordedMemory: unknown;
  #memoryIndex: MemoryIndex | undefined;
  /** Each source's abbreviation counts, when a run learned them (learned-abbreviations.ts); saved in their own file. */
  sourceCounts: SourceTokenCounts | undefined;
  /** A glossary this run loaded from its file, to be kept for the next (kept-glossary.ts). */
  #glossaryToKeep: KeptGlossary | undefined;

  readonly #tool: string;

  private constructor(data: Partial<CacheData>, tool: string, now?: () => number) {
    this.#tool = tool;
    this.#files = data.files ?? (Object.create(null) as CacheData['files']);
    this.#abbreviations = validAbbreviations(data.abbreviations);
    this.#goodGlossary = typeof data.goodGlossary === 'string' ? data.goodGlossary : undefined;
    this.#prepared = validPrepared(data.prepared);
    this.stamps = new FileStamps(data.stamps, now);
    this.#recordedMemory = data.memory;
  }

  /** Which sentences each translation file offers the translation memory. */
  get memoryIndex(): MemoryIndex {
    return (this.#memoryIndex ??= new MemoryIndex(this.#recordedMemory));
  }

  /** `tool`: the fingerprint of the running tool (cli/version.ts); `now` is for tests only (see FileStamps). */
  static async read(root: string, tool = '', now?: () => number): Promise<RunCache> {
    try {
      const data = JSON.parse(await readFile(path.join(root, CACHE_FILE), 'utf8')) as Partial<CacheData>;
      const ours = data.version === CACHE_VERSION && (data.tool ?? '') === tool;
      if (ours && data.files && typeof data.files === 'object' && !Array.isArray(data.files)) return new RunCache(data, tool, now);
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new RunCache({}, tool, now);
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

  isGoodGlossary(hash: string): boolean {
    return this.#goodGlossary === hash;
  }

  rememberGoodGlossary(hash: string): void {
    if (this.#goodGlossary === hash) return;
    this.#goodGlossary = hash;
    this.#dirty = true;
  }

  /** What a provider's preparation keeps for the next run (provider-readiness.ts). */
  preparation(provider: string): { kept: string | undefined; keep(state: string): void } {
    return {
      kept: this.#prepared[provider],
      keep: (state) => {
        if (this.#prepared[provider] === state) return;
        this.#prepared[provider] = state;
        this.#dirty = true;
      },
    };
  }

  /** The fingerprint of the tool this index is for. */
  get tool(): string {
    return this.#tool;
  }

  /** Keeps a glossary loaded from bytes with this hash for the next run (written with the index). */
  keepGlossary(hash: string, glossary: Glossary): void {
    this.#glossaryToKeep = { hash, snapshot: glossarySnapshot(glossary) };
  }

  forget(language: TargetLanguage, sourcePath: string): void {
    if (delete this.#files[`${language}:${sourcePath}`]) this.#dirty = true;
  }

  async write(root: string): Promise<void> {
    await this.sourceCounts?.write(root);
    if (this.#glossaryToKeep) await writeKeptGlossary(root, this.#tool, this.#glossaryToKeep);
    this.#glossaryToKeep = undefined;
    if (!this.#dirty && !this.stamps.dirty && !this.#memoryIndex?.dirty) return;
    // Sorted, so the file does not depend on the order in which a run finished its files.
    const files = Object.fromEntries(Object.keys(this.#files).sort().map((slot) => [slot, this.#files[slot]!]));
    const data: CacheData = {
      version: CACHE_VERSION,
      tool: this.#tool,
      files,
      ...(this.#abbreviations ? { abbreviations: this.#abbreviations } : {}),
      ...(this.#goodGlossary ? { goodGlossary: this.#goodGlossary } : {}),
      ...(Object.keys(this.#prepared).length > 0 ? { prepared: this.#prepared } : {}),
      stamps: this.stamps.toJSON(),
      memory: this.memoryIndex.toJSON(),
    };
    await writeFileAtomic(path.join(root, CACHE_FILE), jsonFileText(data));
    this.#dirty = false;
    this.stamps.saved();
    this.memoryIndex.saved();
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

function validPrepared(value: unknown): Record<string, string> {
  const prepared = Object.create(null) as Record<string, string>;
  if (typeof value !== 'object' || value === null) return prepared;
  for (const [provider, state] of Object.entries(value)) if (typeof state === 'string') prepared[provider] = state;
  return prepared;
}
