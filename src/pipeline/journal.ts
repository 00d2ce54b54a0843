/**
 * Every translation a provider returns is appended here (and synced) before it goes into any file, so a run
 * killed before it wrote an article loses nothing it paid for: the next run takes the translations from here.
 * The journal is emptied when a run ends with every file written.
 */
import { appendFile, mkdir, open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { TargetLanguage } from '../core/translation.ts';

export const JOURNAL_FILE = '.dolmetsch/journal.ndjson';

export interface JournalEntry {
  language: TargetLanguage;
  /** The German sentence (inline Markdown) as it is in the source. */
  source: string;
  /** What goes into the file: the restored Markdown, or the raw text when markup came back broken. */
  target: string;
  provider: string;
  review?: string;
}

export class Journal {
  readonly #file: string;
  readonly #entries: Map<string, JournalEntry>;
  readonly #used = new Set<string>();

  private constructor(file: string, entries: Map<string, JournalEntry>) {
    this.#file = file;
    this.#entries = entries;
  }

  static async open(root: string): Promise<Journal> {
    const file = path.join(root, JOURNAL_FILE);
    const entries = new Map<string, JournalEntry>();
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      // A line cut short by a kill is simply not there.
      const entry = parseLine(line);
      if (entry) entries.set(keyOf(entry.language, entry.source), entry);
    }
    return new Journal(file, entries);
  }

  lookup(language: TargetLanguage, source: string): JournalEntry | undefined {
    const key = keyOf(language, source);
    const entry = this.#entries.get(key);
    if (entry) this.#used.add(key);
    return entry;
  }

  /** Entries an earlier run paid for that no segment of this run asked for (their sentence changed meanwhile). */
  leftovers(): JournalEntry[] {
    return [...this.#entries].filter(([key]) => !this.#used.has(key)).map(([, entry]) => entry);
  }

  async append(entries: readonly JournalEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await mkdir(path.dirname(this.#file), { recursive: true });
    await appendFile(this.#file, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
    const handle = await open(this.#file, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Not kept in memory: lookups only ever ask for what earlier runs left here.
  }

  async clear(): Promise<void> {
    this.#entries.clear();
    await unlink(this.#file).catch(() => undefined);
  }
}

function keyOf(language: string, source: string): string {
  return `${language}\u0000${source}`;
}

function parseLine(line: string): JournalEntry | undefined {
  if (line.trim() === '') return undefined;
  try {
    const value = JSON.parse(line) as Partial<JournalEntry>;
    if ((value.language === 'en' || value.language === 'ko') && typeof value.source === 'string' && typeof value.target === 'string' && typeof value.provider === 'string') {
      return { language: value.language, source: value.source, target: value.target, provider: value.provider, ...(typeof value.review === 'string' ? { review: value.review } : {}) };
    }
  } catch {
    // torn or foreign line
  }
  return undefined;
}
