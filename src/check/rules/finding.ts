/**
 * Diagnostics on a segment. The segment each one belongs to is remembered, so the runner can apply that
 * segment's suppressions while rules keep returning plain Diagnostic[].
 */
import type { Diagnostic, Severity } from '../../core/diagnostic.ts';
import { languageProfile } from '../../core/languages.ts';
import type { TargetLanguage } from '../../core/translation.ts';
import type { GlossaryEntry } from '../../glossary/index.ts';
import type { SegmentView } from '../types.ts';

const segmentOfFinding = new WeakMap<Diagnostic, SegmentView>();

export function finding(
  segment: SegmentView,
  what: {
    ruleId: string;
    severity: Severity;
    message: string;
    hint: string;
    field?: 'target' | 'source' | 'status' | 'review' | 'suppress';
    span?: { start: number; end: number };
    /** The glossary entry the finding is about. */
    entry?: string;
  },
): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: what.ruleId,
    severity: what.severity,
    message: what.message,
    ...segment.at(what.field ?? 'target', what.span),
    hint: what.hint,
    ...(what.entry === undefined ? {} : { entry: what.entry }),
  };
  segmentOfFinding.set(diagnostic, segment);
  return diagnostic;
}

export function segmentOf(diagnostic: Diagnostic): SegmentView | undefined {
  return segmentOfFinding.get(diagnostic);
}

/** A target language's English name for messages (`Korean`, `Japanese`). */
export function languageName(language: TargetLanguage): string {
  return languageProfile(language).name;
}

/** A text for a message: quoted, on one line, at most `max` characters. */
export function quote(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}

/** Glossary entry ids in order of first appearance. */
export function uniqueEntries(matches: ReadonlyArray<{ entry: string }>): string[] {
  return [...new Set(matches.map((m) => m.entry))];
}

/** A proposed glossary entry (`status: proposed`) is matched, but its findings only warn until a person confirms it. */
export function termSeverity(entry: GlossaryEntry): Severity {
  return entry.status === 'proposed' ? 'warning' : 'error';
}
