/**
 * Which sentences each translation file offers the translation memory, as `sentenceHash` numbers, recorded with the
 * hash of the file's bytes. A run that wants a few sentences parses only the files that may hold them and the files
 * whose bytes changed since they were indexed (a hand edit always wins); the others are not opened. A hash is only a
 * pointer: the file is parsed and its sentences compared exactly, so a collision costs a read, never a wrong answer.
 */
import type { TargetLanguage, TranslationEntry } from '../../core/translation.ts';
import { parseTranslationBytes, type InputProblems } from '../../workspace/index.ts';
import { parseTranslationModel } from '../../store/index.ts';
import type { FileStamps } from '../../workspace/file-stamps.ts';
import { sentenceHash } from '../sentence-key.ts';
import { memorySources, type TranslationMemory } from './translation-memory.ts';

interface Indexed {
  hash: string;
  sentences: number[];
}

export class MemoryIndex {
  readonly #files: Map<string, Indexed>;
  #dirty = false;

  constructor(recorded: unknown = undefined) {
    this.#files = validIndex(recorded);
  }

  get dirty(): boolean {
    return this.#dirty;
  }

  saved(): void {
    this.#dirty = false;
  }

  /** Whether the file, as its bytes hash now, may hold a wanted sentence; undefined when it was not indexed so. */
  mayHold(file: string, hash: string, wanted: ReadonlySet<number>): boolean | undefined {
    const known = this.#files.get(file);
    if (!known || known.hash !== hash) return undefined;
    return known.sentences.some((sentence) => wanted.has(sentence));
  }

  record(file: string, hash: string, sentences: number[]): void {
    this.#files.set(file, { hash, sentences });
    this.#dirty = true;
  }

  /** A file as this process wrote or parsed it: `hash` is of exactly the bytes that hold these entries. */
  remember(file: string, hash: string, language: TargetLanguage, entries: Iterable<TranslationEntry>): void {
    if (this.#files.get(file)?.hash === hash) return;
    this.record(file, hash, [...memorySources(entries)].map((source) => sentenceHash(language, source)));
  }

  toJSON(): Record<string, Indexed> {
    return Object.fromEntries([...this.#files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

/**
 * Adds to `memory` what the translation files offer for the wanted sentences, opening only the files that may hold
 * one (or that changed since they were indexed). Files that do not read go to `problems`.
 */
export async function addWantedTranslations(
  root: string,
  files: readonly string[],
  stamps: FileStamps,
  index: MemoryIndex,
  memory: TranslationMemory,
  wanted: ReadonlySet<number>,
  problems: InputProblems,
): Promise<void> {
  const isWanted = (language: TargetLanguage, source: string) => wanted.has(sentenceHash(language, source));
  for (const file of files) {
    const known = await stamps.hash(root, file);
    if (known === undefined || index.mayHold(file, known.hash, wanted) === false) continue;
    const read = known.bytes ? { hash: known.hash, bytes: known.bytes } : await stamps.read(root, file);
    if (read === undefined) continue;
    const parsed = parseTranslationBytes(file, read.bytes, problems, parseTranslationModel);
    if (!parsed) continue;
    const language = parsed.model.language;
    memory.addEntries(language, parsed.model.segments, isWanted);
    index.remember(file, read.hash, language, parsed.model.segments);
  }
}

function validIndex(recorded: unknown): Map<string, Indexed> {
  const files = new Map<string, Indexed>();
  if (typeof recorded !== 'object' || recorded === null) return files;
  for (const [file, value] of Object.entries(recorded)) {
    const entry = value as Indexed;
    if (typeof entry?.hash === 'string' && Array.isArray(entry.sentences) && entry.sentences.every((n) => Number.isSafeInteger(n))) files.set(file, entry);
  }
  return files;
}
