/**
 * Publish obeys check: the same engine and rules as `dolmetsch check` (suppressions included) run over the
 * translation files about to be published, and a language of an article whose file has an error is refused.
 * The same run gives the review page each segment's findings.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { runCheck, segmentOf } from '../check/index.ts';
import type { Glossary } from '../glossary/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';
import type { TermsReport } from '../terms/index.ts';

export interface CheckGate {
  /** Error-level findings on one article's translation file in one language (empty: nothing against it). */
  errorsOf(file: string): Diagnostic[];
  /** Every finding (errors, warnings, notes; not the suppressed ones) on one segment of a translation file. */
  findingsOf(file: string, segmentId: string): Diagnostic[];
  /** Errors that belong to no translation file (a glossary example that fails): reported, they refuse nothing. */
  elsewhere: Diagnostic[];
}

/** `terms`: the names publish found in the same articles (`findArticleNames`), so the check does not find them again. */
export function checkGate(glossary: Glossary, files: readonly ParsedTranslationFile[], languages: readonly TargetLanguage[], terms?: TermsReport): CheckGate {
  const checked = files.filter((file) => languages.includes(file.model.language));
  const diagnostics = runCheck({ glossary, files: checked, ...(terms ? { terms } : {}) }).diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const byFile = new Map<string, Diagnostic[]>();
  for (const error of errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), error]);
  const bySegment = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const segment = segmentOf(diagnostic);
    if (segment === undefined) continue;
    const key = segmentKey(segment.file.path, segment.entry.id);
    bySegment.set(key, [...(bySegment.get(key) ?? []), diagnostic]);
  }
  const paths = new Set(checked.map((file) => file.path));
  return {
    errorsOf: (file) => byFile.get(file) ?? [],
    findingsOf: (file, segmentId) => bySegment.get(segmentKey(file, segmentId)) ?? [],
    elsewhere: errors.filter((error) => !paths.has(error.file)),
  };
}

function segmentKey(file: string, segmentId: string): string {
  return `${file}\u0000${segmentId}`;
}
