/**
 * Folder fsyncs made once for many renames. A rename is durable only once its folder is synced, but a run that
 * writes two thousand files into two folders need not sync each folder two thousand times: whoever keeps the
 * renamed files' contents elsewhere until then (the translate run: its journal, synced, not cleared before
 * `flush`) may record the folders here and sync each once. Until `flush` resolves, a power cut may undo a rename
 * (the file is whole, in its old version or absent); a killed process loses nothing (the kernel has it).
 */
import { syncFolder } from './atomic-write.ts';

export class FolderSyncs {
  readonly #dirty = new Set<string>();
  readonly #sync: (folder: string) => Promise<void>;
  #synced = 0;

  /** `sync`: how one folder is synced (a test may count them). */
  constructor(sync: (folder: string) => Promise<void> = syncFolder) {
    this.#sync = sync;
  }

  /** A rename into `folder` happened: it is synced by the next `flush`. */
  add(folder: string): void {
    this.#dirty.add(folder);
  }

  /** Syncs every folder recorded since the last flush, each once; a folder recorded meanwhile waits for the next. */
  async flush(): Promise<void> {
    const folders = [...this.#dirty];
    this.#dirty.clear();
    await Promise.all(folders.map((folder) => this.#sync(folder)));
    this.#synced += folders.length;
  }

  /** How many folder syncs the flushes made. */
  get synced(): number {
    return this.#synced;
  }
}
