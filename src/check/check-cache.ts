/**
 * `.dolmetsch/check-cache.json`: each translation file's check facts (file-findings.ts), kept under a key made of
 * everything they depend on — the file's bytes and path, the glossary's bytes, the options, the rule set, the tool
 * and the settings given. A file is taken from here only when every one of those is provably the same; its bytes
 * are known from its stat (file-stamps.ts: size, mtime, ctime, inode; a fresh record only by its hash).
 * Only an optimisation: a missing, corrupt or foreign cache is an empty one. Written atomically, so a check that
 * races another check or a translate run reads a whole cache or none, and the last one written wins.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../store/index.ts';
import { bytesHash, FileStamps } from '../workspace/file-stamps.ts';
import { decodeAcross, decodeFacts, encodeAcross, encodeFacts, StringTable, type AcrossFinding, type EncodedFacts } from './facts-codec.ts';
import type { FileFacts } from './file-findings.ts';

export const CHECK_CACHE_FILE = '.dolmetsch/check-cache.json';
/** Bump when what the facts hold changes. */
const VERSION = 'dolmetsch-check-cache-1';

interface Kept {
  key: string;
  facts: FileFacts;
}

interface Stored {
  key: string;
  facts: EncodedFacts;
}

export class CheckCache {
  readonly stamps: FileStamps;
  readonly #files: Map<string, Stored>;
  readonly #strings: StringTable;
  /** Only what this check used is written back: a file gone or no longer checked drops out. */
  readonly #used = new Map<string, Kept>();
  #changed = false;
  /** How many files the cache held when read. */
  #stored = 0;
  /** The findings of the rules across files, for one exact set of kept files. */
  #across: { key: string; findings: unknown } | undefined;
  #acrossUsed: { key: string; findings: AcrossFinding[] } | undefined;

  private constructor(data: { stamps?: unknown; files?: unknown; strings?: unknown; across?: { key?: unknown; findings?: unknown } }) {
    this.stamps = new FileStamps(data.stamps);
    this.#files = new Map();
    this.#strings = new StringTable(Array.isArray(data.strings) ? data.strings : []);
    if (typeof data.across?.key === 'string') this.#across = { key: data.across.key, findings: data.across.findings };
    if (typeof data.files === 'object' && data.files !== null) {
      for (const [file, stored] of Object.entries(data.files as Record<string, Stored>)) {
        if (typeof stored?.key === 'string' && typeof stored.facts === 'object' && stored.facts !== null) this.#files.set(file, stored);
      }
      this.#stored = this.#files.size;
    }
  }

  static async read(root: string): Promise<CheckCache> {
    try {
      const data = JSON.parse(await readFile(path.join(root, CHECK_CACHE_FILE), 'utf8')) as { version?: unknown; stamps?: unknown; files?: unknown; across?: { key?: unknown; findings?: unknown } };
      if (data.version === VERSION) return new CheckCache(data);
    } catch {
      // None yet, or not readable: start empty.
    }
    return new CheckCache({});
  }

  take(file: string, key: string): FileFacts | undefined {
    const stored = this.#files.get(file);
    // Asked once per file: what is not taken now is never needed again, and a large repository's is large.
    this.#files.delete(file);
    if (stored?.key !== key) return undefined;
    let facts: FileFacts;
    try {
      facts = decodeFacts(stored.facts, this.#strings);
      if (facts.path !== file) return undefined;
    } catch {
      // Not as this version writes it (a hand edit, a damaged file): checked again.
      return undefined;
    }
    this.#used.set(file, { key, facts });
    return facts;
  }

  /** Every file has been asked for: what the cache holds of files no longer there is dropped from memory now. */
  dropUntaken(): void {
    this.#files.clear();
  }

  /** The rules across files' findings for exactly these files' keys (and settings), if kept. */
  takeAcross(key: string): AcrossFinding[] | undefined {
    if (this.#across?.key !== key) return undefined;
    try {
      const findings = decodeAcross(this.#across.findings, this.#strings);
      this.#acrossUsed = { key, findings };
      return findings;
    } catch {
      return undefined;
    }
  }

  keepAcross(key: string, findings: AcrossFinding[]): void {
    this.#acrossUsed = { key, findings };
    this.#changed = true;
  }

  keep(file: string, key: string, facts: FileFacts): void {
    this.#used.set(file, { key, facts });
    this.#changed = true;
  }

  async write(root: string): Promise<void> {
    if (!this.#changed && !this.stamps.dirty && this.#used.size === this.#stored) return;
    try {
      await writeFileAtomic(path.join(root, CHECK_CACHE_FILE), this.#serialized());
    } catch {
      // A read-only checkout (or a full disk) only means the next check reads everything again.
    }
  }

  /**
   * The JSON in pieces of about CHUNK characters, each file encoded only when its piece is written: a large
   * repository's cache is never one string nor one encoded copy in memory. The string table comes last, once every
   * file has added its strings (JSON.parse does not mind the order).
   */
  *#serialized(): Generator<string> {
    const strings = new StringTable();
    let piece = `{"version":${JSON.stringify(VERSION)},"stamps":${JSON.stringify(this.stamps.toJSON())},"files":{`;
    let first = true;
    for (const [file, kept] of [...this.#used].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const stored: Stored = { key: kept.key, facts: encodeFacts(kept.facts, strings) };
      piece += `${first ? '' : ','}${JSON.stringify(file)}:${JSON.stringify(stored)}`;
      first = false;
      if (piece.length >= CHUNK) {
        yield piece;
        piece = '';
      }
    }
    piece += '}';
    if (this.#acrossUsed) piece += `,"across":${JSON.stringify({ key: this.#acrossUsed.key, findings: encodeAcross(this.#acrossUsed.findings, strings) })}`;
    yield `${piece},"strings":${JSON.stringify(strings.strings)}}\n`;
  }
}

/** Characters written at a time. */
const CHUNK = 1 << 16;

/** The key of one file's facts: every input they depend on. */
export function factsKey(parts: { file: string; fileHash: string; glossaryHash: string; settings: string }): string {
  return bytesHash(`${VERSION}\u0000${parts.settings}\u0000${parts.glossaryHash}\u0000${parts.file}\u0000${parts.fileHash}`);
}
