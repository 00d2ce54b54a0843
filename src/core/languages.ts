/**
 * Target languages as data: what dolmetsch needs to know of a language it has no special code for. A language
 * is any BCP 47 code of the subset below; English and Korean keep their own matchers and tables elsewhere, every
 * other language gets the generic behaviour its script implies (word boundaries for alphabetic scripts, none for
 * Chinese, Japanese and Thai, which write no spaces between words).
 */
import type { TargetLanguage } from './translation.ts';

/** language[-Script][-REGION]: `ja`, `fr`, `pt-BR`, `zh-Hans`, `sr-Latn-RS`; lower/title/upper case as BCP 47 writes them. */
export const LANGUAGE_CODE_PATTERN = '^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\\d{3}))?$';
const LANGUAGE_CODE = new RegExp(LANGUAGE_CODE_PATTERN);

/** The source language; never a target. */
export const SOURCE_LANGUAGE = 'de';

export interface LanguageProfile {
  code: TargetLanguage;
  /** English name, for messages and prompts (`Japanese`). */
  name: string;
  /** Whether a term must stand between word boundaries (alphabetic scripts) or may touch letters (CJK, Thai). */
  wordBoundaries: boolean;
  /** Quotation marks the language writes: openings and their closings, as pairs of characters (“” ‘’ for English). */
  quotes: readonly string[];
}

/** Languages without spaces between words: a term in them is found inside a run of letters. */
const NO_WORD_SPACES = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my']);

/** Quotation marks by primary language (CLDR delimiters); unlisted languages use “…” ‘…’. */
const QUOTES: Readonly<Record<string, readonly string[]>> = {
  en: ['“”', '‘’'],
  ko: ['“”', '‘’'],
  ja: ['「」', '『』'],
  zh: ['“”', '‘’', '「」', '『』'],
  fr: ['«»', '“”', '‘’'],
  es: ['«»', '“”', '‘’'],
  it: ['«»', '“”', '‘’'],
  pt: ['“”', '‘’', '«»'],
  ru: ['«»', '„“'],
  uk: ['«»', '„“'],
  pl: ['„”', '«»'],
  nl: ['‘’', '“”'],
};

/**
 * Country codes written for a language (`kr` for Korean). Some are languages of their own (kr is Kanuri, se
 * Northern Sami), but far more often a slip: refused with the code meant.
 */
const COUNTRY_FOR_LANGUAGE: Readonly<Record<string, string>> = {
  kr: 'ko', jp: 'ja', cn: 'zh', gr: 'el', dk: 'da', se: 'sv', cz: 'cs', ua: 'uk', us: 'en', gb: 'en', at: 'de', ch: 'de',
};

/** Why a code is not a language dolmetsch can write to; undefined when it is one. */
export function languageCodeProblem(code: string): string | undefined {
  if (code === SOURCE_LANGUAGE) return 'de is the source language, not a target';
  const meant = COUNTRY_FOR_LANGUAGE[code];
  if (meant !== undefined) return `"${code}" is a country code; the language is "${meant}"`;
  if (!LANGUAGE_CODE.test(code)) return `"${code}" is not a language code of the form ja, fr, pt-BR or zh-Hans (BCP 47)`;
  // The languages every project starts with need no Intl.DisplayNames (tens of milliseconds to load the first time).
  if (code === 'en' || code === 'ko') return undefined;
  if (displayName(code) === undefined) return `"${code}" is not a known language`;
  return undefined;
}

export function primaryLanguage(code: string): string {
  return code.split('-')[0]!;
}

/** Made once per language: the check asks for a language's name in every message, and Intl.DisplayNames is slow to build. */
const PROFILES = new Map<string, LanguageProfile>();

export function languageProfile(code: TargetLanguage): LanguageProfile {
  let profile = PROFILES.get(code);
  if (profile === undefined) {
    const primary = primaryLanguage(code);
    profile = Object.freeze({
      code,
      name: displayName(code) ?? code,
      wordBoundaries: !NO_WORD_SPACES.has(primary),
      quotes: QUOTES[primary] ?? ['“”', '‘’'],
    });
    PROFILES.set(code, profile);
  }
  return profile;
}

/** Asked for every translation file read: Intl.DisplayNames is made once, each code looked up once. */
const displayNames = new Map<string, string | undefined>();
let namer: Intl.DisplayNames | undefined;

function displayName(code: string): string | undefined {
  if (displayNames.has(code)) return displayNames.get(code);
  let name: string | undefined;
  try {
    name = (namer ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })).of(code);
  } catch {
    name = undefined;
  }
  const known = name === undefined || name === code ? undefined : name;
  displayNames.set(code, known);
  return known;
}
