/**
 * Publish obeys check: the same engine and rules as `dolmetsch check` (suppressions included) run over the
 * translation files about to be published, and a language of an article whose file has an error is refused.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { runCheck } from '../check/index.ts';
import type { Glossary } from '../glossary/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';

export interface CheckGate {
  /** Error-level findings on one article's translation file in one language (empty: nothing against it). */
  errorsOf(file: string): Diagnostic[];
  /** Errors that belong to no translation file (a glossary example that fails): reported, they refuse nothing. */
  elsewhere: Diagnostic[];
}

export function checkGate(glossary: Glossary, files: readonly ParsedTranslationFile[], languages: readonly TargetLanguage[]): CheckGate {
  const checked = files.filter((file) => languages.includes(file.model.language));
  const errors = runCheck({ glossary, files: checked }).diagnostics.filter((d) => d.severity === 'error');
  const byFile = new Map<string, Diagnostic[]>();
  for (const error of errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), error]);
  const paths = new Set(checked.map((file) => file.path));
  return {
    errorsOf: (file) => byFile.get(file) ?? [],
    elsewhere: errors.filter((error) => !paths.has(error.file)),
  };
}
