import { abbreviationKind, type AbbreviationKind } from './abbreviations.ts';
import { isDash, isDigit, isLetter, isOpener, isWhitespace } from './chars.ts';

/**
 * What the word right before a single full stop is:
 * - `word`: an ordinary word (or anything unknown): the full stop ends the sentence before a capital.
 * - an abbreviation kind (see abbreviations.ts); single letters (initials, `Plan B.`) and roman numerals
 *   (`Ludwig XIV.`, `des III. Geschwaders`) count as `weak`.
 * - `ordinal`: a number of 1–3 digits or a day and month (`3.10`): may be an ordinal or a date.
 * - `number`: any other number (`1.000.000`, `2025`, `13.12.2004`): reads like a word.
 */
export type TokenKind = 'word' | 'ordinal' | 'number' | AbbreviationKind;

export interface TokenInfo {
  kind: TokenKind;
  /** Where the token starts (after any opening quote or bracket). */
  start: number;
  /** An ordinal joined to another by a dash or slash (`1.–3.`), which always reads as an ordinal. */
  inRange: boolean;
}

/** Longest token looked at; anything longer is an ordinary word. Keeps the scan linear on pathological input. */
const MAX_TOKEN = 40;
/** Longer than any abbreviation key or roman numeral, and than any street name we need to recognise. */
const MAX_ABBREVIATION = 16;

export function tokenBefore(text: string, dot: number): TokenInfo {
  let start = dot;
  while (start > 0 && dot - start <= MAX_TOKEN && !isWhitespace(text.charCodeAt(start - 1))) start--;
  if (dot - start > MAX_TOKEN) return { kind: 'word', start: dot, inRange: false };
  while (start < dot && isOpener(text.charCodeAt(start))) start++;
  if (start === dot) return { kind: 'word', start, inRange: false };

  const numeric = numericKind(text, start, dot);
  if (numeric) return numeric;
  if (dot - start > MAX_ABBREVIATION) return { kind: 'word', start, inRange: false };

  const kind = abbreviationAt(text, start, dot);
  if (kind) return { kind, start, inRange: false };
  if (dot - start === 1 && isLetter(text.charCodeAt(start))) return { kind: 'weak', start, inRange: false };
  if (isRomanNumeral(text.slice(start, dot))) return { kind: 'weak', start, inRange: false };
  return { kind: 'word', start, inRange: false };
}

function numericKind(text: string, start: number, end: number): TokenInfo | undefined {
  // A number joined to a previous ordinal by a dash or slash: `1.–3.`, `1. -3.` (not `COVID-19.`)
  let digitsStart = end;
  while (digitsStart > start && isDigit(text.charCodeAt(digitsStart - 1))) digitsStart--;
  if (digitsStart === end) return undefined;
  if (digitsStart > start && end - digitsStart <= 3) {
    const joiner = text.charCodeAt(digitsStart - 1);
    const joinsOrdinal = digitsStart - 1 === start || text.charCodeAt(digitsStart - 2) === 0x2e;
    if ((isDash(joiner) || joiner === 0x2f) && joinsOrdinal) return { kind: 'ordinal', start: digitsStart, inRange: true };
  }
  // Digits with . and , only: ordinal `12`, day and month `3.10`, or another number.
  const groups: number[] = [];
  let groupStart = start;
  let hasComma = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x2e;
    if (isDigit(c)) continue;
    if (c !== 0x2e && c !== 0x2c) return undefined;
    if (c === 0x2c) hasComma = true;
    if (i === groupStart) return undefined;
    groups.push(i - groupStart);
    groupStart = i + 1;
  }
  const ordinal =
    !hasComma && ((groups.length === 1 && groups[0]! <= 3) || (groups.length === 2 && groups[0]! <= 2 && groups[1]! <= 2));
  return { kind: ordinal ? 'ordinal' : 'number', start, inRange: false };
}

/**
 * The abbreviation ending at `end`, trying the longest spaced form first: at the last full stop of `i. d. R.`
 * the keys `i.d.r`, `d.r` and `r` are tried in that order.
 */
function abbreviationAt(text: string, start: number, end: number): AbbreviationKind | undefined {
  let key = text.slice(start, end).toLowerCase();
  const keys = [key];
  let chunkEnd = start;
  for (let parts = 0; parts < 2 && end - start <= 4; parts++) {
    // A previous chunk like `z.` separated by one space: `z. B.`
    if (chunkEnd < 3 || text.charCodeAt(chunkEnd - 1) !== 0x20 || text.charCodeAt(chunkEnd - 2) !== 0x2e) break;
    let chunkStart = chunkEnd - 2;
    while (chunkStart > 0 && chunkEnd - chunkStart <= 6 && isLetter(text.charCodeAt(chunkStart - 1))) chunkStart--;
    if (chunkStart === chunkEnd - 2 || chunkEnd - chunkStart > 6) break;
    if (chunkStart > 0) {
      const before = text.charCodeAt(chunkStart - 1);
      if (!isWhitespace(before) && !isOpener(before)) break;
    }
    key = text.slice(chunkStart, chunkEnd - 1).toLowerCase() + key;
    keys.push(key);
    chunkEnd = chunkStart;
  }
  for (let k = keys.length - 1; k >= 0; k--) {
    const kind = abbreviationKind(keys[k]!);
    if (kind) return kind;
  }
  // Street names: `Goethestr. 14`, `Berliner-Str.`
  return keys[0]!.length > 3 && keys[0]!.endsWith('str') ? 'weak' : undefined;
}

const ROMAN = /^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** I to LXXXIX, two letters or more (single letters are initials anyway); no D or M, which are mostly names. */
function isRomanNumeral(token: string): boolean {
  return token.length >= 2 && token.length <= 8 && ROMAN.test(token);
}
