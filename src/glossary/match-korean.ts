/**
 * Korean: particles attach to the noun (`평양에서`, `김정은은`), so a term has a strict left boundary (no
 * Hangul syllable or other letter right before it) and an open right side. Particles are never stripped
 * first: `김정은` itself ends in the particle-like `은`. A term ending in a Latin letter or digit (`KCNA`)
 * still needs a right boundary against Latin letters and digits (`UN` must not match in `UNESCO`).
 */
import { charAt, charBefore, isWordChar } from './term-characters.ts';
import { buildTargetMatcher, type TargetMatcher } from './match-target.ts';
import type { GlossaryEntry } from './types.ts';

const HANGUL = /\p{Script=Hangul}/u;

export function buildKoreanMatcher(entries: readonly GlossaryEntry[]): TargetMatcher {
  return buildTargetMatcher(entries, 'ko', koreanBoundaries);
}

function koreanBoundaries(text: string, start: number, end: number): boolean {
  if (isWordChar(charAt(text, start)) && isWordChar(charBefore(text, start))) return false;
  const last = charBefore(text, end);
  if (last === undefined || HANGUL.test(last) || !isWordChar(last)) return true;
  const after = charAt(text, end);
  return !(isWordChar(after) && !HANGUL.test(after!));
}
