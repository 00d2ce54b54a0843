/** Writes a translation file when, and only when, its text changes; one write at a time per file. */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { TranslationFile } from '../../core/translation.ts';
import { asRead, serializeTranslationFile, replaceFileIfUnchanged, type FolderSyncs, type ParsedTranslationFile } from '../../store/index.ts';
import { bytesHash } from '../survey/run-cache.ts';

export function textHash(bytes: Uint8Array | undefined): string | undefined {
  // Read as the run reads it (BOM dropped, NFC), so an NFD file a run wrote itself is not taken for a person's save.
  return bytes === undefined ? undefined : bytesHash(asRead(bytes));
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
   * `onWritten` is called when the text on disk changed. `folderSyncs`: the folder is synced there later, not now.
   */
  write(onWritten: () => void, folderSyncs: FolderSyncs): Promise<WriteOutcome> {
    this.#queue = this.#queue.then(async (): Promise<WriteOutcome> => {
      const version = this.#file.version;
      if (this.#conflict) return 'changed-on-disk';
      if (version === this.#settledVersion || this.#unchanged()) return 'ok';
      const text = serializeTranslationFile(this.#file.model, this.#file.existing, this.#file.continues);
      const hash = bytesHash(text);
      if (hash !== this.#diskHash) {
        const outcome = await replaceFileIfUnchanged(path.join(this.#root, this.#file.path), text, (bytes) => this.#isOnDisk(bytes), folderSyncs);
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
