import path from 'node:path';
import type { MemoryEntry, TargetLanguage } from '../../core/translation.ts';
import { parseMemoryFile, replaceFileIfUnchanged, serializeMemoryFile } from '../../store/index.ts';
import { DEFAULT_LAYOUT, memoryPath, decodeUtf8, readOptional, type Layout } from '../../workspace/index.ts';
import type { RunEvent } from '../events.ts';
import { textHash } from './file-writer.ts';

const MEMORY_RANK = { machine: 1, edited: 2, reviewed: 3 } as const;

/**
 * Collects translations whose sentences left their article and adds them to translations/memory/<lang>.yaml.
 * The file is read again right before writing and the additions merged into what is there, so a person's edit to
 * it is never lost; a save in the moment between that read and the write makes it read and merge once more.
 */
export class MemoryWriter {
  readonly #root: string;
  readonly #layout: Layout;
  readonly #added = new Map<TargetLanguage, MemoryEntry[]>();

  constructor(root: string, layout: Layout = DEFAULT_LAYOUT) {
    this.#root = root;
    this.#layout = layout;
  }

  add(language: TargetLanguage, entries: readonly MemoryEntry[]): void {
    if (entries.length === 0) return;
    const list = this.#added.get(language) ?? [];
    for (const entry of entries) list.push(entry); // not push(...entries): 200k arguments overflow the stack
    this.#added.set(language, list);
  }

  /** Returns the memory files that kept changing under the run and were left as they are (the additions wait). */
  async write(emit: (event: RunEvent) => void): Promise<string[]> {
    const leftAlone: string[] = [];
    for (const [language, added] of this.#added) {
      const file = memoryPath(language, this.#layout);
      const outcome = await this.#writeOne(language, file, added);
      if (outcome === 'changed-on-disk') {
        leftAlone.push(file);
        continue;
      }
      this.#added.delete(language);
      if (outcome === 'written') emit({ type: 'written', path: file });
    }
    return leftAlone;
  }

  async #writeOne(language: TargetLanguage, file: string, added: readonly MemoryEntry[]): Promise<'written' | 'unchanged' | 'changed-on-disk'> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const bytes = await readOptional(this.#root, file);
      const read = bytes === undefined ? undefined : decodeUtf8(file, bytes); // as every reader: UTF-8 checked, NFC
      // A person's memory file that does not parse stops the run with file:line:col, like any bad input.
      const existing = read === undefined ? undefined : parseMemoryFile(read, file);
      const entries = [...(existing?.model.entries ?? [])];
      const position = new Map(entries.map((entry, index) => [entry.source, index]));
      for (const entry of added) {
        const same = position.get(entry.source);
        if (same === undefined) {
          position.set(entry.source, entries.push(entry) - 1);
          continue;
        }
        const kept = entries[same]!;
        // A person's translation in the memory is not replaced by a machine one of the same German; either way
        // the words people wrote on both (note, comments) stay.
        const winner = MEMORY_RANK[entry.status] >= MEMORY_RANK[kept.status] ? entry : kept;
        entries[same] = withWordsOf(winner, winner === entry ? kept : entry);
      }
      const text = serializeMemoryFile({ language, entries }, existing);
      if (text === read) return 'unchanged';
      const expected = textHash(bytes);
      if ((await replaceFileIfUnchanged(path.join(this.#root, file), text, (now) => textHash(now) === expected)) === 'written') return 'written';
    }
    return 'changed-on-disk';
  }
}

/** `entry` with the note and comments of `other` added where they are not there yet: nobody's words are dropped. */
function withWordsOf(entry: MemoryEntry, other: MemoryEntry): MemoryEntry {
  const comments = [...new Set([...(entry.comments ?? []), ...(other.comments ?? [])])];
  let note = entry.note;
  if (other.note !== undefined && other.note !== note) {
    if (note === undefined) note = other.note;
    else comments.push(` note: ${other.note}`);
  }
  if (comments.length === 0 && note === entry.note) return entry;
  return { ...entry, ...(note === undefined ? {} : { note }), ...(comments.length === 0 ? {} : { comments }) };
}
