import { isDigit, isLetter, isLower, isOpener, isUpper } from './chars.ts';

/** What starts after a terminator and its spaces, looking through opening quotes and brackets (`„Das`, `(Bar`). */
export interface NextWord {
  kind: 'upper' | 'lower' | 'digit' | 'other';
  /** Where the word starts and ends (letters only, at most 24); empty unless `kind` is `upper`. */
  at: number;
  end: number;
}

const MAX_WORD = 24;

export function nextWord(text: string, k: number): NextWord {
  const limit = Math.min(text.length, k + 4);
  while (k < limit && (isOpener(text.charCodeAt(k)) || isDoubleComma(text, k))) k += isDoubleComma(text, k) ? 2 : 1;
  const c = k < text.length ? text.charCodeAt(k) : -1;
  if (isLower(c)) return { kind: 'lower', at: k, end: k };
  if (isDigit(c)) return { kind: 'digit', at: k, end: k };
  if (!isUpper(c)) return { kind: 'other', at: k, end: k };
  let end = k + 1;
  while (end < text.length && end - k < MAX_WORD && isLetter(text.charCodeAt(end))) end++;
  return { kind: 'upper', at: k, end };
}

/** `,,` typed for „ */
function isDoubleComma(text: string, k: number): boolean {
  return text.charCodeAt(k) === 0x2c && text.charCodeAt(k + 1) === 0x2c;
}

/** The capitalised word in lower case, made only when a rule needs it. */
export function lowerWord(text: string, next: NextWord): string {
  return text.slice(next.at, next.end).toLowerCase();
}
