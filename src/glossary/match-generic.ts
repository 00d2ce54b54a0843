/**
 * Any target language without a matcher of its own (ja, fr, …): its script decides. Alphabetic scripts match at
 * word boundaries, as English does without its possessive; scripts that write no spaces between words (Japanese,
 * Chinese, Thai) match inside a run of letters, since any boundary there would miss every term followed by a
 * particle (`東京で`). Only an entry with forms in the language is looked for.
 */
import { languageProfile } from '../core/languages.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { charAt, charBefore, isWordChar } from './term-characters.ts';
import { continuesAsLongerName } from './longer-name.ts';
import { buildTargetMatcher, type TargetMatcher, type TargetPayload } from './match-target.ts';
import { targetTermsOf, type GlossaryEntry } from './types.ts';

export function buildGenericMatcher(entries: readonly GlossaryEntry[], lang: TargetLanguage): TargetMatcher {
  const withForms = entries.filter((entry) => targetTermsOf(entry, lang) !== undefined);
  const spaced = languageProfile(lang).wordBoundaries;
  return buildTargetMatcher(withForms, lang, spaced ? wordBoundaries : () => true, 'exact', !spaced);
}

function wordBoundaries(text: string, start: number, end: number, payload: TargetPayload): boolean {
  if (isWordChar(charAt(text, start)) && isWordChar(charBefore(text, start))) return false;
  if (isWordChar(charBefore(text, end)) && isWordChar(charAt(text, end))) return false;
  return !(payload.person && continuesAsLongerName(text, end));
}
