/** Writes translation and memory files when, and only when, their text changes; one write at a time per file. */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { MemoryEntry, TargetLanguage, TranslationFile } from '../core/translation.ts';
import {
  serializeMemoryFile,
  serializeTranslationFile,
  writeFileAtomic,
  type ParsedMemoryFile,
  type ParsedTranslationFile,
} from '../store/index.ts';
import type { FileSummary, RunEvent } from './events.ts';
import { bytesHash } from './run-cache.ts';
import { memoryPath, readOptional } from '../workspace/index.ts';

export interface TrackedFile {
  path: string;
  model: TranslationFile;
  existing: ParsedTranslationFile | undefined;
  /** Hash of the source file's bytes, for the run cache. */
  sourceHash: string;
  summary: FileSummary;
  /** Bumped by every change to `model` after planning, so a writer knows whether it has written the latest. */
  version: number;
  /** Translations the file still waits for from the provider. */
  pending: number;
}

export type WriteOutcome = 'ok' | 'changed-on-disk';

export class FileWriter {
  readonly #root: string;
  readonly #file: TrackedFile;
  /** Hash of the file's text on disk (a long run keeps no copy of every file it wrote); undefined: no file yet. */
  #diskHash: string | undefined;
  /** Whether the file on disk is still the one that was read (`existing`). */
  #diskIsExisting = true;
  /** The model version last compared with or written to disk; undefined before the first write. */
  #settledVersion: number | undefined;
  #queue: Promise<WriteOutcome> = Promise.resolve('ok');
  /** Someone else changed the file since it was read: it is not written again this run. */
  #conflict = false;

  constructor(root: string, file: TrackedFile) {
    this.#root = root;
    this.#file = file;
    this.#diskHash = file.existing === undefined ? undefined : bytesHash(file.existing.text);
  }

  /** bytesHash of the file's text as it is on disk now (undefined: it does not exist). */
  get diskHash(): string | undefined {
    return this.#diskHash;
  }

  wouldChange(): boolean {
    return !this.#unchanged() && bytesHash(serializeTranslationFile(this.#file.model, this.#file.existing)) !== this.#diskHash;
  }

  /**
   * Serialises the current model and replaces the file atomically if the text differs — unless the file on disk is
   * no longer the one this run read (a translator saved it meanwhile): then it is left alone ('changed-on-disk').
   */
  write(emit: (event: RunEvent) => void): Promise<WriteOutcome> {
    this.#queue = this.#queue.then(async (): Promise<WriteOutcome> => {
      const version = this.#file.version;
      if (this.#conflict) return 'changed-on-disk';
      if (version === this.#settledVersion || this.#unchanged()) return 'ok';
      const text = serializeTranslationFile(this.#file.model, this.#file.existing);
      const hash = bytesHash(text);
      if (hash !== this.#diskHash) {
        if (!(await this.#untouched())) {
          this.#conflict = true;
          return 'changed-on-disk';
        }
        await writeFileAtomic(path.join(this.#root, this.#file.path), text);
        this.#diskHash = hash;
        this.#diskIsExisting = false;
        this.#file.summary.changed = true;
        emit({ type: 'written', path: this.#file.path });
      }
      this.#settledVersion = version;
      return 'ok';
    });
    return this.#queue;
  }

  /** Whether the file on disk is still what this writer last read or wrote. */
  async #untouched(): Promise<boolean> {
    const bytes = await readOptional(this.#root, this.#file.path);
    if (bytes === undefined) return this.#diskHash === undefined;
    return bytesHash(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) === this.#diskHash;
  }

  /** Serialising is the costly part of a no-op run; a model equal to what was read needs none. */
  #unchanged(): boolean {
    return this.#diskIsExisting && isDeepStrictEqual(this.#file.model, this.#file.existing?.model);
  }
}

/** Collects translations whose sentences left their article and appends them to translations/memory/<lang>.yaml. */
export class MemoryWriter {
  readonly #root: string;
  readonly #existing: ReadonlyMap<TargetLanguage, ParsedMemoryFile>;
  readonly #added = new Map<TargetLanguage, MemoryEntry[]>();

  constructor(root: string, existing: ReadonlyMap<TargetLanguage, ParsedMemoryFile>) {
    this.#root = root;
    this.#existing = existing;
  }

  add(language: TargetLanguage, entries: readonly MemoryEntry[]): void {
    if (entries.length === 0) return;
    const list = this.#added.get(language) ?? [];
    for (const entry of entries) list.push(entry); // not push(...entries): 200k arguments overflow the stack
    this.#added.set(language, list);
  }

  async write(emit: (event: RunEvent) => void): Promise<void> {
    for (const [language, added] of this.#added) {
      const existing = this.#existing.get(language);
      const entries = [...(existing?.model.entries ?? [])];
      const position = new Map(entries.map((entry, index) => [entry.source, index]));
      for (const entry of added) {
        const same = position.get(entry.source);
        if (same === undefined) position.set(entry.source, entries.push(entry) - 1);
        else entries[same] = entry;
      }
      const file = memoryPath(language);
      const text = serializeMemoryFile({ language, entries }, existing);
      if (text === existing?.text) continue;
      await writeFileAtomic(path.join(this.#root, file), text);
      emit({ type: 'written', path: file });
    }
  }
}
