import { isDash, isDigit, isLetter, isLower, isOpener, isUpper, isWhitespace } from './chars.ts';

/** What starts after a terminator and its spaces, looking through opening quotes and brackets (`„Das`, `(Bar`). */
export interface NextWord {
  kind: 'upper' | 'lower' | 'digit' | 'other';
  /** Where the word starts. */
  at: number;
}

const MAX_WORD = 24;

export function nextWord(text: string, k: number): NextWord {
  const limit = Math.min(text.length, k + 4);
  while (k < limit && (isOpener(text.charCodeAt(k)) || isDoubleComma(text, k))) k += isDoubleComma(text, k) ? 2 : 1;
  const c = k < text.length ? text.charCodeAt(k) : -1;
  if (isLower(c)) return { kind: 'lower', at: k };
  if (isDigit(c)) return { kind: 'digit', at: k };
  if (isDash(c) && continuesLowerAfterDash(text, k + 1)) return { kind: 'lower', at: k };
  return { kind: isUpper(c) ? 'upper' : 'other', at: k };
}

/** `„Ja.“ – und ging.`: a dash and a lower-case word continue the sentence. */
function continuesLowerAfterDash(text: string, k: number): boolean {
  const limit = Math.min(text.length, k + 3);
  while (k < limit && isWhitespace(text.charCodeAt(k))) k++;
  return k < text.length && isLower(text.charCodeAt(k));
}

/** `,,` typed for „ */
function isDoubleComma(text: string, k: number): boolean {
  return text.charCodeAt(k) === 0x2c && text.charCodeAt(k + 1) === 0x2c;
}

/** The capitalised word (at most 24 letters) in lower case, made only when a rule needs it. */
export function lowerWord(text: string, next: NextWord): string {
  let end = next.at + 1;
  while (end < text.length && end - next.at < MAX_WORD && isLetter(text.charCodeAt(end))) end++;
  return text.slice(next.at, end).toLowerCase();
}
