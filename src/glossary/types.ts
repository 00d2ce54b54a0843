/** The normalised glossary model and the shapes the matchers return. */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import type { GlossaryExport, GlossaryTerm } from '../core/glossary-terms.ts';

export const ENTRY_KINDS = ['person', 'place', 'organisation', 'other'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Rules that add German forms to an entry; see README.md for what each one generates. */
export const DERIVE_RULES = ['genitive-s', 'adjective-endings', 'hyphen-compounds'] as const;
export type DeriveRule = (typeof DERIVE_RULES)[number];

export interface GermanTerms {
  /** Base form. */
  term: string;
  /** Inflected and compound forms, listed as data. */
  forms: string[];
  /** Other spellings in use. */
  variants: string[];
  /** Short forms (a surname, an abbreviation); they translate to the target's `short` when it has one. */
  short: string[];
  derive: DeriveRule[];
  /** Every form the German matcher looks for: the listed ones plus the derived ones, without repeats. */
  matchForms: string[];
}

export interface TargetTerms {
  /** The form to print. For do-not-translate terms: the German term. */
  preferred: string;
  /** The target for German short forms (`Shoigu` for `Schoygu`); also an accepted form. */
  short?: string;
  accepted: string[];
  forbidden: string[];
  /** Phrases that contain a forbidden form and are fine all the same (`Chicken Kiev` with `Kiev` forbidden). */
  forbiddenExceptions: string[];
  /** Every German form of the entry is an accepted form in this language (an acronym Korean copy keeps). */
  allowGerman: boolean;
  doNotTranslate: boolean;
}

export interface GlossaryExample {
  de: string;
  en?: string;
  ko?: string;
  expect: 'pass' | 'fail';
}

export interface GlossaryEntry {
  id: string;
  kind: EntryKind;
  /** `proposed`: added by `dolmetsch terms --write`, not yet confirmed by a person; its findings are warnings. */
  status?: 'proposed';
  note: string;
  caseSensitive: boolean;
  de: GermanTerms;
  en: TargetTerms;
  ko: TargetTerms;
  /** `dnt: true` on the entry: printed as in German in every language, further ones included. */
  doNotTranslate?: true;
  /** Forms in further target languages (`ja`, `fr`), by code; optional: an entry without them is not checked there. */
  otherLanguages?: Record<TargetLanguage, TargetTerms>;
  examples: GlossaryExample[];
}

/** An entry's forms in a target language; undefined when the entry has none for it (only possible beyond en, ko). */
export function targetTermsOf(entry: GlossaryEntry, lang: TargetLanguage): TargetTerms | undefined {
  if (lang === 'en') return entry.en;
  if (lang === 'ko') return entry.ko;
  const terms = entry.otherLanguages?.[lang];
  if (terms !== undefined || !entry.doNotTranslate) return terms;
  return { preferred: entry.de.term, accepted: [], forbidden: [], forbiddenExceptions: [], allowGerman: false, doNotTranslate: true };
}

export interface TermMatch {
  /** Glossary entry id. */
  entry: string;
  /** UTF-16 offsets into the text; `text` is the slice between them. */
  start: number;
  end: number;
  text: string;
}

export type TargetMatchKind = 'preferred' | 'accepted' | 'forbidden';

export interface TargetMatch extends TermMatch {
  kind: TargetMatchKind;
  /**
   * An allowed form of this entry inside a longer match of another entry (`북한` in `북한군`): it satisfies the
   * entry, overlapping the longer match, which is the one to show.
   */
  nested?: true;
}

export interface Glossary {
  /** The path the glossary was loaded from (diagnostics point there). */
  readonly path: string;
  readonly entries: readonly GlossaryEntry[];
  /** Examples that do not behave as declared (rule `glossary-example-fails`). */
  readonly exampleFailures: Diagnostic[];
  entry(id: string): GlossaryEntry | undefined;
  /**
   * Glossary terms in German text: leftmost-longest, non-overlapping, in text order. Text set in capitals is
   * matched ignoring case; `allCaps` decides that for a text prepared from another (a Korean target, Hangul blanked).
   */
  matchGerman(text: string, options?: { allCaps?: boolean }): TermMatch[];
  /**
   * Preferred, accepted and forbidden forms in a translation, leftmost-longest. A form that several entries
   * share yields one match per entry, all with the same span. Allowed forms of other entries inside a match
   * follow it, marked `nested`.
   */
  matchTarget(lang: TargetLanguage, text: string): TargetMatch[];
  /** Where `forbidden_exceptions` phrases stand in a translation (`Chicken Kiev`): no forbidden form inside counts. */
  forbiddenExceptions(lang: TargetLanguage, text: string): TermMatch[];
  /** The terms for a segment, in the given order; unknown ids (stale ids in a translation file) are skipped. */
  termsFor(entryIds: string[], lang: TargetLanguage): GlossaryTerm[];
  export(): GlossaryExport;
  /** Where an entry (or a key below it, e.g. `['de', 'forms', '1']`) is in the file; throws on an unknown id. */
  locate(entryId: string, path?: string[]): { line: number; column: number };
}
