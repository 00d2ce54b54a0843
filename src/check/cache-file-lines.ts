/**
 * The check cache as it was read, line by line with the byte range of each, so a check that changed a few files
 * writes the cache by copying every unchanged file's line as it is: encoding every file's facts again and building the
 * whole string table anew was most of what the write held in memory (some 10 MB of 200 at 1,000 articles, at the
 * check's peak), for lines that come out the same. A line's strings are numbered across the file (facts-codec.ts
 * StringTable), so a line not copied leaves its strings behind (`{strings}` alone) for the lines after it, and the
 * new lines number theirs after all of the old ones; once the strings carried along that way are a quarter of the
 * table, the cache is written anew instead.
 */
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export interface OldLine {
  start: number;
  end: number;
  /** How many strings the line adds to the table. */
  strings: number;
}

/** What identifies the file read: a file replaced or changed since is never copied from. */
type Identity = Pick<Stats, 'ino' | 'size' | 'mtimeMs' | 'ctimeMs'>;

export class OldCacheFile {
  readonly lines: OldLine[] = [];
  /** Strings the table holds when every line has been read. */
  strings = 0;
  /** Of those, added by lines that hold strings only (left behind by an earlier copying write). */
  carried = 0;
  #offset = 0;

  constructor(readonly path: string, readonly identity: Identity) {}

  /** The next line as read (without its line break); its place, to copy it later when it holds a file's facts. */
  add(line: string, strings: number, holdsFacts: boolean): number {
    const start = this.#offset;
    this.#offset += Buffer.byteLength(line) + 1;
    this.strings += strings;
    if (!holdsFacts) this.carried += strings;
    return this.lines.push({ start, end: this.#offset, strings }) - 1;
  }

  /** Whether a copy keeps the file small: few strings carried along without their facts. */
  worthCopying(copied: ReadonlySet<number>): boolean {
    let lost = this.carried;
    this.lines.forEach((line, index) => {
      if (!copied.has(index)) lost += line.strings; // the first line (the header) adds none
    });
    return copied.size > 0 && lost * 4 <= this.strings;
  }
}

export function identityOf(stats: Stats): Identity {
  return { ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs };
}

/**
 * The old file's lines after the first, in order: runs of lines to copy as their text, each other line as the
 * strings it added (`{"strings":[…]}`, none when it added none). Throws when the file is no longer the one read
 * or a range is not a whole line; the caller then writes the cache anew.
 */
export function* copiedLines(old: OldCacheFile, copied: ReadonlySet<number>, chunk: number): Generator<string> {
  const fd = openSync(old.path, 'r');
  try {
    const now = identityOf(fstatSync(fd));
    if (Object.entries(old.identity).some(([key, value]) => now[key as keyof Identity] !== value)) throw new Error('the check cache changed since it was read');
    const read = (start: number, end: number): string => {
      const buffer = Buffer.allocUnsafe(end - start);
      if (readSync(fd, buffer, 0, buffer.length, start) !== buffer.length || buffer[0] !== 0x7b || buffer[buffer.length - 1] !== 0x0a) {
        throw new Error('the check cache is not as read');
      }
      return buffer.toString('utf8');
    };
    let run: { start: number; end: number } | undefined;
    for (let index = 0; index < old.lines.length; index++) {
      const line = old.lines[index]!;
      if (copied.has(index)) {
        if (run && run.end === line.start && line.end - run.start <= chunk) run.end = line.end;
        else {
          if (run) yield read(run.start, run.end);
          run = { start: line.start, end: line.end };
        }
        continue;
      }
      if (run) yield read(run.start, run.end);
      run = undefined;
      if (line.strings === 0) continue;
      const { strings } = JSON.parse(read(line.start, line.end)) as { strings: string[] };
      yield `${JSON.stringify({ strings })}\n`;
    }
    if (run) yield read(run.start, run.end);
  } finally {
    closeSync(fd);
  }
}
