/**
 * One translation file's life in a run, from planned to written: the model the merge rules made, the translations
 * it still waits for, its counts for the summary, and its writer. Every change to it goes through a method here,
 * so what a file holds, what it waits for and what its summary says cannot drift apart.
 */
import { contentHash } from '../core/hash.ts';
import type { TranslationFile } from '../core/translation.ts';
import type { FolderSyncs, ParsedTranslationFile } from '../store/index.ts';
import type { FileSummary, RunEvent } from './events.ts';
import type { Need } from './plan/merge-rules.ts';
import { FileWriter, type WriteOutcome } from './write/file-writer.ts';
import { countSegments, emptySummary } from './write/run-summary.ts';

export interface PlannedModel {
  path: string;
  model: TranslationFile;
  existing: ParsedTranslationFile | undefined;
  /** New id → id in `existing` of segments whose German changed (from the merge rules), so they keep their comments. */
  continues?: ReadonlyMap<string, string>;
  /** Hash of the source file's bytes, for the run cache. */
  sourceHash: string;
}

export class TrackedFile {
  readonly path: string;
  readonly model: TranslationFile;
  readonly existing: ParsedTranslationFile | undefined;
  readonly continues: ReadonlyMap<string, string> | undefined;
  readonly sourceHash: string;
  readonly #summary: FileSummary;
  /** Bumped by every change to `model` after planning, so the writer knows whether it has written the latest. */
  #version = 0;
  /** Translations the file still waits for from the provider. */
  #pending = 0;
  #writer: FileWriter | undefined;

  constructor(planned: PlannedModel) {
    this.path = planned.path;
    this.model = planned.model;
    this.existing = planned.existing;
    this.continues = planned.continues;
    this.sourceHash = planned.sourceHash;
    this.#summary = emptySummary(planned.model.article, planned.model.language, planned.path);
  }

  get version(): number {
    return this.#version;
  }

  get pending(): number {
    return this.#pending;
  }

  /** A need filled from what was paid for earlier (journal, a recurring sentence's answer). */
  fillPaid(need: Need, text: string, provider: string, review?: string): void {
    this.#fill(need, text, provider, review);
    this.#summary.fromProvider++;
  }

  fillFromMemory(need: Need, text: string, provider: string): void {
    this.#fill(need, text, provider);
    this.#summary.fromMemory++;
  }

  /** A need that goes to the provider: the file waits for it. */
  waitForProvider(): void {
    this.#pending++;
  }

  /** The provider's translation for one waiting need; `billedCharacters` only for the first place of a request's item. Returns true when the file waits for nothing more. */
  receive(need: Need, text: string, provider: string, review: string | undefined, billedCharacters: number): boolean {
    this.#fill(need, text, provider, review);
    this.#summary.fromProvider++;
    this.#summary.billedCharacters += billedCharacters;
    return --this.#pending === 0;
  }

  /** A waiting need that gets no answer (failed, or never sent). Returns true when the file waits for nothing more. */
  giveUp(): boolean {
    return --this.#pending === 0;
  }

  /** The file's summary with its segments counted as they are now (a copy: the file itself can go). */
  summarize(): FileSummary {
    return countSegments({ ...this.#summary, counts: { ...this.#summary.counts } }, this.model.segments);
  }

  /** Every segment has a target and every stale one its suggestion: the run cache may skip this file next time. */
  isComplete(): boolean {
    return this.model.segments.every((e) => e.target !== '' && (e.status !== 'stale' || e.suggestion !== undefined));
  }

  /** A dry run: whether writing would change the file on disk (recorded in the summary). */
  checkWouldChange(root: string): void {
    this.#summary.changed = this.#writerFor(root).wouldChange();
  }

  /** Writes the model if it changed since the last write, unless a person saved the file meanwhile. */
  async write(root: string, emit: (event: RunEvent) => void, folderSyncs: FolderSyncs): Promise<WriteOutcome> {
    return this.#writerFor(root).write(() => {
      this.#summary.changed = true;
      emit({ type: 'written', path: this.path });
    }, folderSyncs);
  }

  /** bytesHash of the file's text on disk now (undefined: it does not exist). */
  get diskHash(): string | undefined {
    return this.#writer?.diskHash;
  }

  #writerFor(root: string): FileWriter {
    return (this.#writer ??= new FileWriter(root, this));
  }

  /** A target (status machine, with provenance) or a stale segment's suggestion. */
  #fill(need: Need, text: string, provider: string, review?: string): void {
    this.#version++;
    const entry = this.model.segments[need.segmentIndex]!;
    if (need.kind === 'suggestion') {
      entry.suggestion = text;
      return;
    }
    entry.target = text;
    entry.status = 'machine';
    entry.machine = { provider, hash: contentHash(text) };
    if (review) entry.review = review;
    else delete entry.review;
  }
}
