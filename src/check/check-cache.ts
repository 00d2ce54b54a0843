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
import type { FileFacts } from './file-findings.ts';

export const CHECK_CACHE_FILE = '.dolmetsch/check-cache.json';
/** Bump when what the facts hold changes. */
const VERSION = 'dolmetsch-check-cache-1';

interface Kept {
  key: string;
  facts: FileFacts;
}

export class CheckCache {
  readonly stamps: FileStamps;
  readonly #files: Map<string, Kept>;
  /** Only what this check used is written back: a file gone or no longer checked drops out. */
  readonly #used = new Map<string, Kept>();
  #changed = false;

  private constructor(data: { stamps?: unknown; files?: unknown }) {
    this.stamps = new FileStamps(data.stamps);
    this.#files = new Map();
    if (typeof data.files === 'object' && data.files !== null) {
      for (const [file, kept] of Object.entries(data.files as Record<string, Kept>)) {
        if (typeof kept?.key === 'string' && wellFormed(kept.facts)) this.#files.set(file, kept);
      }
    }
  }

  static async read(root: string): Promise<CheckCache> {
    try {
      const data = JSON.parse(await readFile(path.join(root, CHECK_CACHE_FILE), 'utf8')) as { version?: unknown; stamps?: unknown; files?: unknown };
      if (data.version === VERSION) return new CheckCache(data);
    } catch {
      // None yet, or not readable: start empty.
    }
    return new CheckCache({});
  }

  take(file: string, key: string): FileFacts | undefined {
    const kept = this.#files.get(file);
    if (kept?.key !== key) return undefined;
    this.#used.set(file, kept);
    return kept.facts;
  }

  keep(file: string, key: string, facts: FileFacts): void {
    this.#used.set(file, { key, facts });
    this.#changed = true;
  }

  async write(root: string): Promise<void> {
    if (!this.#changed && !this.stamps.dirty && this.#used.size === this.#files.size) return;
    const files = Object.fromEntries([...this.#used].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    try {
      await writeFileAtomic(path.join(root, CHECK_CACHE_FILE), `${JSON.stringify({ version: VERSION, stamps: this.stamps.toJSON(), files })}\n`);
    } catch {
      // A read-only checkout (or a full disk) only means the next check reads everything again.
    }
  }
}

/** The key of one file's facts: every input they depend on. */
export function factsKey(parts: { file: string; fileHash: string; glossaryHash: string; settings: string }): string {
  return bytesHash(`${VERSION}\u0000${parts.settings}\u0000${parts.glossaryHash}\u0000${parts.file}\u0000${parts.fileHash}`);
}

/** Checked down to what the rules read, so a hand-edited cache is dropped, never a crash. */
function wellFormed(facts: unknown): facts is FileFacts {
  const f = facts as FileFacts;
  if (typeof f !== 'object' || f === null || typeof f.path !== 'string' || typeof f.article !== 'string' || typeof f.language !== 'string') return false;
  if (!Array.isArray(f.segments) || !Array.isArray(f.findings)) return false;
  const place = (at: unknown) => typeof at === 'object' && at !== null && typeof (at as { line?: unknown }).line === 'number';
  const segmentsOk = f.segments.every((s) =>
    typeof s === 'object' && s !== null && typeof s.entry?.source === 'string' && typeof s.entry.target === 'string' && typeof s.entry.status === 'string' &&
    typeof s.sourcePlain === 'string' && typeof s.targetPlain === 'string' && Array.isArray(s.germanMatches) && place(s.targetAt) &&
    Array.isArray(s.suppressAt) && s.suppressAt.every(place) && s.suppressAt.length === (Array.isArray(s.entry.suppress) ? s.entry.suppress.length : 0) &&
    (s.entry.suppress ?? []).every((x) => typeof x?.rule === 'string' && typeof x.reason === 'string'));
  return segmentsOk && f.findings.every((x) =>
    Number.isInteger(x?.rule) && Number.isInteger(x.segment) && x.segment >= 0 && x.segment < f.segments.length && typeof x.diagnostic?.ruleId === 'string');
}
