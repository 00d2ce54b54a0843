/**
 * Abbreviations the list lacks, judged by their shape, by what follows them and by what was learned from the sources
 * (learn-abbreviations.ts). Asked only for a token the list does not know, before a capital, a digit or other text.
 */
import type { AbbreviationKind } from './abbreviations.ts';
import { isDigit, isLetter, isLower, isUpper, isWhitespace, isWordStart } from './chars.ts';
import type { NextWord } from './next-word.ts';

export interface OpenVerdict { kind: AbbreviationKind; reason: string }

/** Longest token judged here: learned tokens, and those without a vowel, have at most 8 letters. */
const MAX_TOKEN = 8;

/** Titles that are also ordinary words in lower case (`was er mag.`, `dir.`): abbreviations only when capitalised. */
const CAPITALISED_TITLES = new Set(['mag', 'dir', 'prim', 'gen', 'kr', 'ing', 'ao']);
const WEEKDAYS = new Set(['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so']);
/** After `Art. 109`, `Ziff. 3`: words that show the number is a reference, not the start of a new sentence. */
const REFERENCE_FOLLOWERS = new Set([
  'der', 'des', 'dem', 'den', 'die', 'das', 'zum', 'zur', 'im', 'am', 'vom', 'und', 'bis', 'sowie', 'oder', 'bzw',
  'ff', 'f', 'lit', 'in', 'aus', 'nach', 'gemäß', 'laut',
]);

const DOTTED_INITIALS: OpenVerdict = { kind: 'weak', reason: 'dotted initials (A.S.A.P.): an abbreviation' };
const WEEKDAY: OpenVerdict = { kind: 'weak', reason: 'a weekday abbreviation (Sa.)' };
const TITLE: OpenVerdict = { kind: 'bound', reason: 'a capitalised title (Mag., Dir., Prim.)' };
const LEARNED: OpenVerdict = { kind: 'weak', reason: 'learned from the sources: mostly written with a full stop and before lower case or digits' };
const NO_VOWEL: OpenVerdict = { kind: 'weak', reason: 'a short token without a vowel (Pkt., Bgm.): an abbreviation' };
const REFERENCE: OpenVerdict = { kind: 'bound', reason: 'a short capitalised token before a reference number (Art. 109 Abs. 3, Ziff. 3 der)' };

export function openAbbreviation(
  text: string, dot: number, next: NextWord, learned: ReadonlySet<string> | undefined,
): OpenVerdict | undefined {
  // One step back over the token notes whether it has a vowel or a lower-case letter; long words stop it early.
  let start = dot;
  let vowel = false;
  let lower = false;
  while (start > 0 && dot - start <= MAX_TOKEN) {
    const c = text.charCodeAt(start - 1);
    if (!isLetter(c)) break;
    vowel ||= isVowel(c | 0x20);
    lower ||= isLower(c);
    start--;
  }
  const length = dot - start;
  if (length === 0 || length > MAX_TOKEN) return undefined;
  if (length === 1 && isDottedInitials(text, start)) return DOTTED_INITIALS;
  if (!isWordStart(text, start)) return undefined;
  // Most tokens here are ordinary sentence-final words: decide from char codes first, make strings only when needed.
  const capitalised = isUpper(text.charCodeAt(start));
  if (capitalised && length <= 4) {
    const lower = text.slice(start, dot).toLowerCase();
    if (length === 2 && WEEKDAYS.has(lower) && isLower(text.charCodeAt(start + 1))) return WEEKDAY;
    if (CAPITALISED_TITLES.has(lower)) return TITLE;
  }
  if (learned && learned.size > 0 && learned.has(text.slice(start, dot).toLowerCase())) return LEARNED;
  if (length >= 2 && lower && !vowel) return NO_VOWEL;
  if (next.kind === 'digit' && capitalised && length <= 6 && isReferenceNumber(text, next.at)) return REFERENCE;
  return undefined;
}

/** `A.S.A.P.`, `K.T.M.`: a single letter after another single letter and a full stop. */
function isDottedInitials(text: string, letter: number): boolean {
  return (
    letter >= 2 && text.charCodeAt(letter - 1) === 0x2e && isLetter(text.charCodeAt(letter - 2)) &&
    (letter === 2 || !isLetter(text.charCodeAt(letter - 3)))
  );
}

/** A number of up to four digits (and a letter: `3a`) followed by a reference word, a law's name or an abbreviation. */
function isReferenceNumber(text: string, at: number): boolean {
  let j = at;
  while (j < text.length && j - at < 4 && isDigit(text.charCodeAt(j))) j++;
  if (isLower(text.charCodeAt(j)) && !isLetter(text.charCodeAt(j + 1))) j++;
  if (j < text.length && !isWhitespace(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x2c) return false;
  if (text.charCodeAt(j) === 0x2c) return true;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  let end = j;
  while (end < text.length && end - j < 12 && (isLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2d)) end++;
  if (end === j) return false;
  const word = text.slice(j, end);
  if (REFERENCE_FOLLOWERS.has(word)) return true;
  if (text.charCodeAt(end) === 0x2e) return true; // `Abs.`, `S.`: another abbreviation
  return isUpper(word.charCodeAt(0)) && isUpper(word.charCodeAt(word.length - 1)); // `GG`, `StGB`, `B-VG`
}

/** a e i o u y ä ö ü, given in lower case (`| 0x20` lowers ASCII and Ä Ö Ü alike). */
function isVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79 || c === 0xe4 || c === 0xf6 || c === 0xfc;
}
