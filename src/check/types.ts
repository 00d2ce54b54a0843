/** The shapes of a check: its input, its rules, what a rule sees of a segment, and its result. */
import type { Diagnostic, Severity } from '../core/diagnostic.ts';
import type { TargetLanguage, TranslationEntry } from '../core/translation.ts';
import type { Glossary, TargetMatch, TermMatch } from '../glossary/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';
import type { TermsReport } from '../terms/index.ts';
import type { DateMention } from './dates/extract-dates.ts';
import type { NumbersInText } from './numbers/extract-numbers.ts';

export interface CheckOptions {
  /** Empty targets are errors instead of notes. */
  requireComplete?: boolean;
}

export interface CheckInput {
  glossary: Glossary;
  /**
   * Names outside the glossary, already found over the same files by the caller (publish marks them on the review
   * page): term-inconsistent takes its inconsistencies from here instead of finding every name again.
   */
  terms?: TermsReport;
  /** Parsed translation files of every language to check; the file's `model.language` says which. */
  files: readonly ParsedTranslationFile[];
  options?: CheckOptions;
}

export interface SuppressedDiagnostic {
  diagnostic: Diagnostic;
  /** The reason the translator gave in `suppress:`. */
  reason: string;
}

export interface CheckResult {
  /** Findings in file order (glossary first, then translation files by path). */
  diagnostics: Diagnostic[];
  /** Findings silenced by a suppression on their segment, with its reason. */
  suppressed: SuppressedDiagnostic[];
}

/** One segment of one translation file, with its plain text and glossary matches computed once, on demand. */
export interface SegmentView {
  file: ParsedTranslationFile;
  language: TargetLanguage;
  /** 0-based position in the file's segment list. */
  index: number;
  entry: TranslationEntry;
  /** Whether the target has any text. */
  hasTarget: boolean;
  /** Plain text of the German (`toPlain`). */
  readonly sourcePlain: string;
  /** Plain text of the target (`toPlain`). */
  readonly targetPlain: string;
  readonly germanMatches: readonly TermMatch[];
  /** Numbers and dates of the German (`extractNumbers`, `extractDates` of `sourcePlain`). */
  readonly sourceNumbers: NumbersInText;
  readonly sourceDates: readonly DateMention[];
  readonly targetMatches: readonly TargetMatch[];
  /** German forms of glossary terms left untranslated in the target (see german-in-target.ts). */
  readonly germanInTarget: readonly TermMatch[];
  /**
   * A diagnostic on a field of this segment. With a plain-text span of the target, it points at that
   * span when the YAML scalar allows exact columns, else at the start of the value.
   */
  at(field: 'target' | 'source' | 'status' | 'review' | 'suppress' | undefined, span?: { start: number; end: number }): Location;
}

export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CheckContext {
  glossary: Glossary;
  terms?: TermsReport;
  options: CheckOptions;
  /** Every segment of every file, files in path order. */
  segments: readonly SegmentView[];
}

export interface CheckRule {
  /** kebab-case, stable: suppressions and reports name it. */
  id: string;
  /** Severity of its findings unless the rule says otherwise (empty-target with --require-complete). */
  severity: Severity;
  /** What it catches, in one sentence (the rule table, SARIF shortDescription). */
  summary: string;
  run(context: CheckContext): Diagnostic[];
}
