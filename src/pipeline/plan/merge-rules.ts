/**
 * The merge rules: what a run does with each segment of one translation file.
 * A person's target is never overwritten; it can only become `stale` (kept, with the old German and a suggestion).
 */
import type { SourceSegment } from '../../core/document.ts';
import { effectiveStatus, isPersonTarget } from '../../core/person-edit.ts';
import type { MemoryEntry, TranslationEntry } from '../../core/translation.ts';
import { alignSegments } from './align.ts';

/** A translation the file still needs: a target for a new segment, or a suggestion for a stale one. */
export interface Need {
  segmentIndex: number;
  kind: 'target' | 'suggestion';
}

export interface FilePlan {
  entries: TranslationEntry[];
  needs: Need[];
  /** Translations whose sentence left the article; they go to the translation memory. */
  removed: MemoryEntry[];
  /** New id → old id of the entries whose German (and so id) changed: the same entry in the file, comments and all. */
  continues: Map<string, string>;
}

export { isPersonTarget };

export function planFile(
  article: string,
  segments: readonly SourceSegment[],
  glossaryIds: readonly string[][],
  existing: readonly TranslationEntry[],
  /** The comments a person wrote on an existing entry, by its id (they go to the memory with it). */
  commentsOf: (id: string) => readonly string[] | undefined = () => undefined,
): FilePlan {
  const { pairs, removed } = alignSegments(segments, existing);
  const needs: Need[] = [];
  const continues = new Map<string, string>();
  const entries = segments.map((segment, segmentIndex) => {
    const pair = pairs[segmentIndex];
    const glossary = glossaryIds[segmentIndex] ?? [];
    let entry: TranslationEntry;
    if (!pair) entry = freshEntry(segment, undefined);
    else if (!pair.changed) entry = keptEntry(pair.entry);
    else if (isPersonTarget(pair.entry)) entry = staleEntry(segment, pair.entry);
    else entry = freshEntry(segment, pair.entry);

    entry.id = segment.id;
    if (pair && pair.entry.id !== segment.id) continues.set(segment.id, pair.entry.id);
    setGlossary(entry, glossary);
    if (entry.status === 'stale' && entry.suggestion === undefined) needs.push({ segmentIndex, kind: 'suggestion' });
    if (entry.target === '' && entry.status !== 'stale') needs.push({ segmentIndex, kind: 'target' });
    return entry;
  });
  return { entries, needs, removed: removed.flatMap((entry) => toMemory(article, entry, commentsOf(entry.id))), continues };
}

/** Same German as before: keep everything, but let the status tell the truth about a person's edit. */
function keptEntry(old: TranslationEntry): TranslationEntry {
  const entry = { ...old };
  entry.status = effectiveStatus(entry);
  if (entry.status !== 'stale') {
    // A person resolved a stale segment by changing its status: the stale-only fields have done their job.
    delete entry.previousSource;
    delete entry.suggestion;
  }
  return entry;
}

/** The German changed under a person's target: keep the target, show the old German and ask for a suggestion. */
function staleEntry(segment: SourceSegment, old: TranslationEntry): TranslationEntry {
  const entry: TranslationEntry = {
    ...old,
    source: segment.text,
    status: 'stale',
    previousSource: old.status === 'stale' ? (old.previousSource ?? old.source) : old.source,
  };
  delete entry.suggestion;
  delete entry.review;
  return entry;
}

/** Nothing of a person's to keep but their note and suppressions. */
function freshEntry(segment: SourceSegment, old: TranslationEntry | undefined): TranslationEntry {
  const entry: TranslationEntry = { id: segment.id, source: segment.text, target: '', status: 'new' };
  if (old?.note !== undefined) entry.note = old.note;
  if (old?.suppress !== undefined) entry.suppress = old.suppress;
  return entry;
}

function setGlossary(entry: TranslationEntry, ids: readonly string[]): void {
  if (ids.length > 0) entry.glossary = [...ids];
  else delete entry.glossary;
}

/** A person's words on the entry (its note, its comments) go along with it. */
function toMemory(article: string, entry: TranslationEntry, comments: readonly string[] | undefined): MemoryEntry[] {
  if (entry.target === '') return [];
  const memory = memoryEntry(article, entry);
  if (entry.note !== undefined) memory.note = entry.note;
  if (comments !== undefined && comments.length > 0) memory.comments = [...comments];
  return [memory];
}

function memoryEntry(article: string, entry: TranslationEntry): MemoryEntry {
  if (entry.status === 'stale') return { source: entry.previousSource ?? entry.source, target: entry.target, status: 'edited', article };
  const status = isPersonTarget(entry) ? (entry.status === 'reviewed' ? 'reviewed' : 'edited') : 'machine';
  const memory: MemoryEntry = { source: entry.source, target: entry.target, status, article };
  if (status === 'machine' && entry.machine) memory.machine = entry.machine;
  return memory;
}
