/**
 * Translations from an exchange file → edited translation files. Only segments the file contains are looked at,
 * each as a three-way merge with the base the export recorded (merge-unit.ts): a unit the translator changed is
 * applied where the YAML still holds the base — a changed target becomes `edited` (or `reviewed` when the file's
 * state says so), a confirmed state alone promotes the status — and is a conflict where the YAML changed too.
 * Everything else of the YAML stays byte for byte (serializeTranslationFile over the parsed file), so an import
 * of an unchanged export changes nothing.
 */
import type { SegmentStatus, TranslationEntry } from '../core/translation.ts';
import { serializeTranslationFile, type ParsedTranslationFile } from '../store/index.ts';
import { mergeUnit } from './merge-unit.ts';
import type { ImportUnit } from './read-exchange.ts';
import { sameLanguage } from './unit-read.ts';

export type SkipReason =
  /** The file names no translation file we know, or the id is in none of them. */
  | 'unknown-id'
  | 'unknown-file'
  /** The id is in several translation files of that language and the unit names none. */
  | 'ambiguous-id'
  /** The unit's German differs from the segment's: it was translated from an older (or other) sentence. */
  | 'source-changed'
  | 'language-mismatch';

export interface ImportChange {
  file: string;
  id: string;
  from: SegmentStatus;
  to: SegmentStatus;
  targetChanged: boolean;
  /** The file's version replaced a YAML change made since the export (`--theirs` on a conflict). */
  overrodeOurs?: true;
}

/** A unit changed both in the file and in the YAML since the export (or, without a base, over a person's target). */
export interface ImportConflict {
  file: string;
  id: string;
  /** `no-base`: the file was exported before bases were recorded, and the YAML holds a person's target. */
  why: 'both-changed' | 'no-base';
  ours: { target: string; status: SegmentStatus };
  theirs: { target: string; status?: 'edited' | 'reviewed' };
  line: number;
  column: number;
}

export interface ImportOptions {
  /** Resolve every conflict with the file's version (`--theirs`). */
  takeTheirs?: boolean;
}

export interface ImportReport {
  changes: ImportChange[];
  /** Not applied (unless taken with takeTheirs, then they are among the changes too). */
  conflicts: ImportConflict[];
  unchanged: number;
  /** Units without a target: nothing to bring back. */
  empty: number;
  skipped: Array<{ reason: SkipReason; id: string; file?: string; line: number; column: number }>;
}

export interface ImportResult {
  /** New text of every translation file that changed. */
  files: Array<{ path: string; text: string }>;
  report: ImportReport;
}

export function applyImport(units: readonly ImportUnit[], files: ReadonlyMap<string, ParsedTranslationFile>, options: ImportOptions = {}): ImportResult {
  const report: ImportReport = { changes: [], conflicts: [], unchanged: 0, empty: 0, skipped: [] };
  const edited = new Map<string, TranslationEntry[]>();
  const skip = (unit: ImportUnit, reason: SkipReason, file = unit.file): void => {
    report.skipped.push({ reason, id: unit.id, ...(file !== undefined ? { file } : {}), line: unit.line, column: unit.column });
  };

  for (const unit of units) {
    const found = findFile(unit, files);
    if (typeof found === 'string') {
      skip(unit, found);
      continue;
    }
    const [path, parsed] = found;
    if (unit.language !== undefined && !sameLanguage(unit.language, parsed.model.language)) {
      skip(unit, 'language-mismatch', path);
      continue;
    }
    const entries = edited.get(path) ?? parsed.model.segments.map((entry) => ({ ...entry }));
    const index = entries.findIndex((entry) => entry.id === unit.id);
    const entry = entries[index];
    if (entry === undefined) {
      skip(unit, 'unknown-id', path);
      continue;
    }
    if (unit.target === undefined || unit.target === '') {
      report.empty += 1;
      continue;
    }
    if (unit.source !== undefined && unit.source !== entry.source) {
      skip(unit, 'source-changed', path);
      continue;
    }
    const decision = mergeUnit(entry, { ...unit, target: unit.target }, options.takeTheirs ?? false);
    if (decision.kind === 'conflict') {
      report.conflicts.push({
        file: path, id: unit.id, why: decision.why, line: unit.line, column: unit.column,
        ours: { target: entry.target, status: entry.status },
        theirs: { target: unit.target, ...(unit.status !== undefined ? { status: unit.status } : {}) },
      });
      continue;
    }
    if (decision.kind === 'unchanged') {
      report.unchanged += 1;
      continue;
    }
    const { target, status } = decision;
    const targetChanged = target !== entry.target;
    const next: TranslationEntry = { ...entry, target, status };
    // Confirming a stale segment resolves it: the old German and the suggestion have done their job.
    if (entry.status === 'stale') {
      delete next.previousSource;
      delete next.suggestion;
    }
    entries[index] = next;
    edited.set(path, entries);
    report.changes.push({ file: path, id: unit.id, from: entry.status, to: status, targetChanged, ...(decision.overrides ? { overrodeOurs: true as const } : {}) });
  }

  const out: ImportResult['files'] = [];
  for (const [path, entries] of edited) {
    const parsed = files.get(path)!;
    out.push({ path, text: serializeTranslationFile({ ...parsed.model, segments: entries }, parsed) });
  }
  return { files: out, report };
}

function findFile(unit: ImportUnit, files: ReadonlyMap<string, ParsedTranslationFile>): [string, ParsedTranslationFile] | SkipReason {
  if (unit.file !== undefined) {
    const parsed = files.get(unit.file);
    return parsed ? [unit.file, parsed] : 'unknown-file';
  }
  const holders = [...files].filter(([, parsed]) =>
    (unit.language === undefined || sameLanguage(unit.language, parsed.model.language)) && parsed.model.segments.some((entry) => entry.id === unit.id));
  if (holders.length === 1) return holders[0]!;
  return holders.length === 0 ? 'unknown-id' : 'ambiguous-id';
}
