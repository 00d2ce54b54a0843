/**
 * English: a form matches at word boundaries. A possessive (`Shoigu's`, `Shoigu’s`) and a hyphenated
 * compound (`Pyongyang-based`) follow a term without a letter in between, so both match; the match covers
 * the term alone.
 */
import { charAt, charBefore, isWordChar } from './term-characters.ts';
import { continuesAsLongerName } from './longer-name.ts';
import { buildTargetMatcher, type TargetMatcher, type TargetPayload } from './match-target.ts';
import type { GlossaryEntry } from './types.ts';

export function buildEnglishMatcher(entries: readonly GlossaryEntry[]): TargetMatcher {
  // English capitalises a sentence's first word: `the United States` → `The United States said …`.
  return buildTargetMatcher(entries, 'en', englishBoundaries, 'sentence-start');
}

function englishBoundaries(text: string, start: number, end: number, payload: TargetPayload): boolean {
  if (isWordChar(charAt(text, start)) && isWordChar(charBefore(text, start))) return false;
  if (isWordChar(charBefore(text, end)) && isWordChar(charAt(text, end))) return false;
  return !(payload.person && continuesAsLongerName(text, end));
}
