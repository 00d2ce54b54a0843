/** Writes translation and memory files when, and only when, their text changes; one write at a time per file. */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { MemoryEntry, TargetLanguage, TranslationFile } from '../../core/translation.ts';
import {
  serializeMemoryFile,
  serializeTranslationFile,
  parseMemoryFile,
  replaceFileIfUnchanged,
  type ParsedTranslationFile,
} from '../../store/index.ts';
import type { RunEvent } from '../events.ts';
import { bytesHash } from '../survey/run-cache.ts';
import { memoryPath, readOptional } from '../../workspace/index.ts';

const MEMORY_RANK = { machine: 1, edited: 2, reviewed: 3 } as const;

function textHash(bytes: Uint8Array | undefined): string | undefined {
  // Read as the run reads it (BOM dropped, NFC), so an NFD file a run wrote itself is not taken for a person's save.
  return bytes === undefined ? undefined : bytesHash(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').normalize('NFC'));
}

/** What a writer reads of its file (TrackedFile): the model and the version it has reached. */
export interface WritableFile {
  readonly path: string;
  readonly model: TranslationFile;
  readonly existing: ParsedTranslationFile | undefined;
  readonly continues: ReadonlyMap<string, string> | undefined;
  readonly version: number;
}

export type WriteOutcome = 'ok' | 'changed-on-disk';

export class FileWriter {
  readonly #root: string;
  readonly #file: WritableFile;
  /** Hash of the file's text on disk (a long run keeps no copy of every file it wrote); undefined: no file yet. */
  #diskHash: string | undefined;
  /** Whether the file on disk is still the one that was read (`existing`). */
  #diskIsExisting = true;
  /** The model version last compared with or written to disk; undefined before the first write. */
  #settledVersion: number | undefined;
  #queue: Promise<WriteOutcome> = Promise.resolve('ok');
  /** Someone else changed the file since it was read: it is not written again this run. */
  #conflict = false;

  constructor(root: string, file: WritableFile) {
    this.#root = root;
    this.#file = file;
    this.#diskHash = file.existing === undefined ? undefined : bytesHash(file.existing.text);
  }

  /** bytesHash of the file's text as it is on disk now (undefined: it does not exist). */
  get diskHash(): string | undefined {
    return this.#diskHash;
  }

  wouldChange(): boolean {
    return !this.#unchanged() && bytesHash(serializeTranslationFile(this.#file.model, this.#file.existing, this.#file.continues)) !== this.#diskHash;
  }

  /**
   * Serialises the current model and replaces the file atomically if the text differs — unless the file on disk is
   * no longer the one this run read (a translator saved it meanwhile): then it is left alone ('changed-on-disk').
   * `onWritten` is called when the text on disk changed.
   */
  write(onWritten: () => void): Promise<WriteOutcome> {
    this.#queue = this.#queue.then(async (): Promise<WriteOutcome> => {
      const version = this.#file.version;
      if (this.#conflict) return 'changed-on-disk';
      if (version === this.#settledVersion || this.#unchanged()) return 'ok';
      const text = serializeTranslationFile(this.#file.model, this.#file.existing, this.#file.continues);
      const hash = bytesHash(text);
      if (hash !== this.#diskHash) {
        const outcome = await replaceFileIfUnchanged(path.join(this.#root, this.#file.path), text, (bytes) => this.#isOnDisk(bytes));
        if (outcome === 'changed-on-disk') {
          this.#conflict = true;
          return 'changed-on-disk';
        }
        this.#diskHash = hash;
        this.#diskIsExisting = false;
        onWritten();
      }
      this.#settledVersion = version;
      return 'ok';
    });
    return this.#queue;
  }

  /** Whether these bytes (undefined: no file) are still what this writer last read or wrote. */
  #isOnDisk(bytes: Uint8Array | undefined): boolean {
    return textHash(bytes) === this.#diskHash;
  }

  /** Serialising is the costly part of a no-op run; a model equal to what was read needs none. */
  #unchanged(): boolean {
    return this.#diskIsExisting && isDeepStrictEqual(this.#file.model, this.#file.existing?.model);
  }
}

/**
 * Collects translations whose sentences left their article and adds them to translations/memory/<lang>.yaml.
 * The file is read again right before writing and the additions merged into what is there, so a person's edit to
 * it is never lost; a save in the moment between that read and the write makes it read and merge once more.
 */
export class MemoryWriter {
  readonly #root: string;
  readonly #added = new Map<TargetLanguage, MemoryEntry[]>();

  constructor(root: string) {
    this.#root = root;
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
      const file = memoryPath(language);
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
      const read = bytes === undefined ? undefined : new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
      // A person's memory file that does not parse stops the run with file:line:col, like any bad input.
      const existing = read === undefined ? undefined : parseMemoryFile(read, file);
      const entries = [...(existing?.model.entries ?? [])];
      const position = new Map(entries.map((entry, index) => [entry.source, index]));
      for (const entry of added) {
        const same = position.get(entry.source);
        if (same === undefined) position.set(entry.source, entries.push(entry) - 1);
        // A person's translation in the memory is not replaced by a machine one of the same German.
        else if (MEMORY_RANK[entry.status] >= MEMORY_RANK[entries[same]!.status]) entries[same] = entry;
      }
      const text = serializeMemoryFile({ language, entries }, existing);
      if (text === read) return 'unchanged';
      const expected = textHash(bytes);
      if ((await replaceFileIfUnchanged(path.join(this.#root, file), text, (now) => textHash(now) === expected)) === 'written') return 'written';
    }
    return 'changed-on-disk';
  }
}
