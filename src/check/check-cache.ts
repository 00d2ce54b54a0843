/**
 * `.dolmetsch/check-cache.json`: each translation file's check facts (file-findings.ts), kept under a key made of
 * everything they depend on — the file's bytes and path, the glossary's bytes, the options, the rule set, the tool
 * and the settings given. A file is taken from here only when every one of those is provably the same; its bytes
 * are known from its stat (file-stamps.ts: size, mtime, ctime, inode; a fresh record only by its hash).
 * Only an optimisation: a missing, corrupt or foreign cache is an empty one. Written atomically, so a check that
 * races another check or a translate run reads a whole cache or none, and the last one written wins.
 */
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { coalesced } from '../core/text-pieces.ts';
import { writeFileAtomic } from '../store/index.ts';
import { bytesHash, FileStamps } from '../workspace/file-stamps.ts';
import { copiedLines, identityOf, OldCacheFile } from './cache-file-lines.ts';
import { decodeAcross, decodeFacts, encodeAcross, encodeFacts, StringTable, type AcrossFinding, type EncodedFacts } from './facts-codec.ts';
import type { FileFacts } from './file-findings.ts';

export const CHECK_CACHE_FILE = '.dolmetsch/check-cache.json';
/** Bump when what the facts hold changes. */
const VERSION = 'dolmetsch-check-cache-2';

interface Kept {
  key: string;
  facts: FileFacts;
  /** Its line in the cache file read (cache-file-lines.ts), copied as it is when the facts are kept again. */
  line?: number;
}

/**
 * The file is JSON Lines, read a line at a time so a large repository's cache is never one string nor one parsed
 * tree in memory: first `{version, stamps}`, then a line per file `{file, key, strings, facts}`, then
 * `{across, strings}`. `strings` are the table's strings that line adds (facts-codec.ts); later lines use them too.
 */
interface FileLine {
  file: string;
  key: string;
  strings: string[];
  facts: EncodedFacts;
}

export class CheckCache {
  readonly stamps: FileStamps;
  /** Decoded as read: what a check takes from here it needs in this form anyway. */
  readonly #files: Map<string, Kept>;
  /** Only what this check used is written back: a file gone or no longer checked drops out. */
  readonly #used = new Map<string, Kept>();
  #changed = false;
  /** How many files the cache held when read. */
  #stored = 0;
  /** The findings of the rules across files, for one exact set of kept files. */
  #across: { key: string; findings: AcrossFinding[] } | undefined;
  #acrossUsed: { key: string; findings: AcrossFinding[] } | undefined;
  readonly #old: OldCacheFile | undefined;
  /** What every key of this check shares (settings, rules, options, glossary), written in the first line. */
  readonly #context: string | undefined;

  private constructor(stamps: unknown, files: Map<string, Kept>, across: { key: string; findings: AcrossFinding[] } | undefined, context: string | undefined, old?: OldCacheFile) {
    this.#old = old;
    this.#context = context;
    this.stamps = new FileStamps(stamps);
    this.#files = files;
    this.#stored = files.size;
    this.#across = across;
  }

  /**
   * `context`: what every key of this check shares. A cache written in another context (the glossary or the options
   * changed) can give no file: only its stamps are read, not every file's facts to be found unusable one by one.
   */
  static async read(root: string, context?: string): Promise<CheckCache> {
    const files = new Map<string, Kept>();
    const table = new StringTable();
    let stamps: unknown;
    let across: { key: string; findings: AcrossFinding[] } | undefined;
    const file = path.join(root, CHECK_CACHE_FILE);
    let old: OldCacheFile | undefined;
    const handle = await open(file).catch(() => undefined);
    if (handle === undefined) return new CheckCache(undefined, files, undefined, context);
    // A cache of another version (an earlier one was one JSON document of many megabytes) is not read at all.
    if (!(await startsWith(handle, HEADER))) {
      await handle.close();
      return new CheckCache(undefined, files, undefined, context);
    }
    const stream = handle.createReadStream({ encoding: 'utf8', autoClose: false, start: 0 });
    try {
      old = new OldCacheFile(file, identityOf(await handle.stat()));
      let first = true;
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
        const data = JSON.parse(line) as Partial<FileLine> & { version?: unknown; stamps?: unknown; across?: { key?: unknown; findings?: unknown } };
        if (first) {
          if (data.version !== VERSION) break;
          stamps = data.stamps;
          if ((data as { context?: unknown }).context !== context) break;
          first = false;
          old.add(line, 0, false);
          continue;
        }
        if (!Array.isArray(data.strings) || !data.strings.every((x) => typeof x === 'string')) break;
        table.strings.push(...data.strings);
        let kept: Kept | undefined;
        if (data.across !== undefined) {
          const findings = typeof data.across.key === 'string' ? decodeAcrossOrNone(data.across.findings, table) : undefined;
          across = findings && { key: data.across.key as string, findings };
        } else if (typeof data.file === 'string' && typeof data.key === 'string') {
          const facts = decodeOrNone(data.facts, table);
          // Not as this version writes it (a hand edit, a damaged file): that file is checked again.
          if (facts?.path === data.file) files.set(data.file, (kept = { key: data.key, facts }));
        }
        const at = old.add(line, data.strings.length, data.file !== undefined);
        if (kept) kept.line = at;
      }
    } catch {
      // None yet, or not readable, or broken from here on: what was read before the break stays usable.
    } finally {
      stream.destroy();
      await handle.close();
    }
    return new CheckCache(stamps, files, across, context, old);
  }

  take(file: string, key: string): FileFacts | undefined {
    const stored = this.#files.get(file);
    // Asked once per file: what is not taken now is never needed again, and a large repository's is large.
    this.#files.delete(file);
    if (stored?.key !== key) return undefined;
    this.#used.set(file, stored);
    return stored.facts;
  }

  /** Every file has been asked for: what the cache holds of files no longer there is dropped from memory now. */
  dropUntaken(): void {
    this.#files.clear();
  }

  /** The rules across files' findings for exactly these files' keys (and settings), if kept. */
  takeAcross(key: string): AcrossFinding[] | undefined {
    if (this.#across?.key !== key) return undefined;
    this.#acrossUsed = this.#across;
    return this.#across.findings;
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
    const target = path.join(root, CHECK_CACHE_FILE);
    const copied = new Set<number>();
    for (const { line } of this.#used.values()) if (line !== undefined) copied.add(line);
    try {
      if (this.#old?.worthCopying(copied)) {
        try {
          await writeFileAtomic(target, this.#copied(this.#old, copied));
          return;
        } catch {
          // The cache read has changed or gone since: written anew below.
        }
      }
      await writeFileAtomic(target, this.#serialized());
    } catch {
      // A read-only checkout (or a full disk) only means the next check reads everything again.
    }
  }

  /** The unchanged files' lines copied from the cache read; the other files' facts and the across findings after. */
  *#copied(old: OldCacheFile, copied: ReadonlySet<number>): Generator<string> {
    yield this.#header();
    yield* copiedLines(old, copied, CHUNK);
    const fresh = [...this.#used].filter(([, kept]) => kept.line === undefined);
    yield* this.#encoded(fresh, new StringTable(old.strings));
  }

  /** Every line anew, in pieces of about CHUNK characters. */
  *#serialized(): Generator<string> {
    yield this.#header();
    yield* this.#encoded([...this.#used], new StringTable());
  }

  #header(): string {
    return `${JSON.stringify({ version: VERSION, context: this.#context, stamps: this.stamps.toJSON() })}\n`;
  }

  /** These files' lines, then the across findings', each file encoded only when its line is written. */
  #encoded(files: Array<[string, Kept]>, table: StringTable): Generator<string> {
    return coalesced(this.#encodedLines(files, table));
  }

  *#encodedLines(files: Array<[string, Kept]>, table: StringTable): Generator<string> {
    let written = 0;
    const added = () => {
      const strings = table.strings.slice(written);
      written = table.strings.length;
      return strings;
    };
    for (const [file, kept] of files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const facts = encodeFacts(kept.facts, table);
      const line: FileLine = { file, key: kept.key, strings: added(), facts };
      yield `${JSON.stringify(line)}\n`;
    }
    if (this.#acrossUsed) {
      const findings = encodeAcross(this.#acrossUsed.findings, table);
      yield `${JSON.stringify({ across: { key: this.#acrossUsed.key, findings }, strings: added() })}\n`;
    }
  }
}

const HEADER = `{"version":${JSON.stringify(VERSION)},`;

async function startsWith(handle: FileHandle, text: string): Promise<boolean> {
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(Buffer.byteLength(text)), 0, Buffer.byteLength(text), 0);
    return buffer.toString('utf8', 0, bytesRead) === text;
  } catch {
    return false;
  }
}

function decodeOrNone(encoded: unknown, table: StringTable): FileFacts | undefined {
  try {
    if (typeof encoded !== 'object' || encoded === null) return undefined;
    return decodeFacts(encoded as EncodedFacts, table);
  } catch {
    return undefined;
  }
}

function decodeAcrossOrNone(encoded: unknown, table: StringTable): AcrossFinding[] | undefined {
  try {
    return decodeAcross(encoded, table);
  } catch {
    return undefined;
  }
}

/** Characters written at a time. */
const CHUNK = 1 << 16;

/** The key of one file's facts: every input they depend on. */
export function factsKey(parts: { file: string; fileHash: string; glossaryHash: string; settings: string }): string {
  return bytesHash(`${VERSION}\u0000${parts.settings}\u0000${parts.glossaryHash}\u0000${parts.file}\u0000${parts.fileHash}`);
}
