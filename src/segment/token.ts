import { abbreviationBefore, type AbbreviationKind } from './abbreviations.ts';
import { isDash, isDigit, isLetter, isOpener, isWordStart, isWhitespace } from './chars.ts';

/**
 * What the word right before a single full stop is:
 * - `word`: an ordinary word (or anything unknown): the full stop ends the sentence before a capital.
 * - an abbreviation kind (see abbreviations.ts); single letters (initials, `Plan B.`), roman numerals
 *   (`Ludwig XIV.`, `des III. Geschwaders`) and street names (`Goethestr.`) count as `weak`.
 * - `ordinal`: a number of 1–3 digits or a day and month (`3.10`): may be an ordinal or a date.
 * - `number`: any other number (`1.000.000`, `2025`, `13.12.2004`): reads like a word.
 */
export type TokenKind = 'word' | 'ordinal' | 'number' | AbbreviationKind;

export interface TokenInfo {
  kind: TokenKind;
  /** Where an ordinal starts (after any opening quote or bracket); for other kinds, the last character. */
  start: number;
  /** An ordinal joined to another by a dash or slash (`1.–3.`), which always reads as an ordinal. */
  inRange: boolean;
}

/** Longest number looked at; anything longer is an ordinary word. Keeps the scan linear on pathological input. */
const MAX_NUMBER = 40;

/** Only numbers need the whole token; words are judged from their last characters, without scanning back far. */
export function tokenBefore(text: string, dot: number): TokenInfo {
  if (dot === 0) return { kind: 'word', start: 0, inRange: false };
  const last = text.charCodeAt(dot - 1);
  if (isDigit(last)) return numberBefore(text, dot);
  return { kind: wordKind(text, dot, last), start: dot - 1, inRange: false };
}

function wordKind(text: string, dot: number, last: number): TokenKind {
  const abbreviation = abbreviationBefore(text, dot);
  if (abbreviation) return abbreviation;
  if (!isLetter(last)) return 'word';
  if (isWordStart(text, dot - 1)) return 'weak';
  if (isRomanNumeralBefore(text, dot)) return 'weak';
  return endsWithStreet(text, dot) ? 'weak' : 'word';
}

function numberBefore(text: string, dot: number): TokenInfo {
  let start = dot;
  while (start > 0 && dot - start <= MAX_NUMBER && !isWhitespace(text.charCodeAt(start - 1))) start--;
  if (dot - start > MAX_NUMBER) return { kind: 'word', start: dot - 1, inRange: false };
  while (start < dot && isOpener(text.charCodeAt(start))) start++;
  const rangeStart = rangeOrdinalStart(text, start, dot);
  if (rangeStart >= 0) return { kind: 'ordinal', start: rangeStart, inRange: true };
  return { kind: numericKind(text, start, dot), start, inRange: false };
}

/** A number joined to a previous ordinal by a dash or slash: `1.–3.`, `1. -3.` (not `COVID-19.`). */
function rangeOrdinalStart(text: string, start: number, end: number): number {
  let digitsStart = end;
  while (digitsStart > start && isDigit(text.charCodeAt(digitsStart - 1))) digitsStart--;
  if (digitsStart === start || end - digitsStart > 3) return -1;
  const joiner = text.charCodeAt(digitsStart - 1);
  const joinsOrdinal = digitsStart - 1 === start || text.charCodeAt(digitsStart - 2) === 0x2e;
  return (isDash(joiner) || joiner === 0x2f) && joinsOrdinal ? digitsStart : -1;
}

/** Digits with . and , only: ordinal `12`, day and month `3.10`, or another number; else a word (`Jahr10`). */
function numericKind(text: string, start: number, end: number): TokenKind {
  let groups = 0;
  let firstLength = 0;
  let groupStart = start;
  let hasComma = false;
  let longGroup = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x2e;
    if (isDigit(c)) continue;
    if (c !== 0x2e && c !== 0x2c) return 'word';
    if (i === groupStart) return 'word';
    if (c === 0x2c) hasComma = true;
    const length = i - groupStart;
    if (groups === 0) firstLength = length;
    if (length > 2) longGroup = true;
    groups++;
    groupStart = i + 1;
  }
  const ordinal = !hasComma && ((groups === 1 && firstLength <= 3) || (groups === 2 && !longGroup));
  return ordinal ? 'ordinal' : 'number';
}

/** I to LXXXIX, two letters or more (single letters are initials anyway); no D or M, which are mostly names. */
const ROMAN = /^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

function isRomanNumeralBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 9 && isRomanLetter(text.charCodeAt(start - 1))) start--;
  if (dot - start < 2 || dot - start > 8) return false;
  if (!isWordStart(text, start)) return false;
  return ROMAN.test(text.slice(start, dot));
}

function isRomanLetter(c: number): boolean {
  return c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c || c === 0x43;
}

/** Street names: `Goethestr. 14` (a word of at least four letters ending in `str`). */
function endsWithStreet(text: string, dot: number): boolean {
  return (
    dot >= 4 && (text.charCodeAt(dot - 3) | 0x20) === 0x73 && (text.charCodeAt(dot - 2) | 0x20) === 0x74 &&
    (text.charCodeAt(dot - 1) | 0x20) === 0x72 && isLetter(text.charCodeAt(dot - 4))
  );
}
