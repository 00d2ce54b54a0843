/**
 * Letter case around a term: where a sentence starts (a lower-case form may be capitalised there), and whether
 * a text is set in capitals (a headline: `KIM JONG UN TRIFFT PUTIN`), where case says nothing about spelling.
 */

/** Opening quotes, brackets and dashes that may stand between a sentence's end and its first word. */
const OPENERS = new Set(['"', "'", '„', '“', '”', '‚', '‘', '’', '«', '»', '‹', '›', '(', '[', '–', '—', '-', '*', '_']);
const SENTENCE_END = new Set(['.', '!', '?', ':', '…']);

/** Whether text[start] begins a sentence: nothing but openers and spaces after the text's start or a sentence end. */
export function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (OPENERS.has(text[i]!) || /\s/u.test(text[i]!))) i--;
  return i < 0 || SENTENCE_END.has(text[i]!);
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/gu;
const LETTER = /\p{L}/gu;
const CAPITALS_WORD = /\p{Lu}{2,}/gu;

/**
 * No lower-case letter, at least two words of two capitals or more, and capitals for most of the letters: a line
 * set in capitals, not an acronym (`UN`) nor Korean with two acronyms in it (`NATO와 EU는`).
 */
export function isAllCaps(text: string): boolean {
  if (LOWER.test(text)) return false;
  if ((text.match(CAPITALS_WORD)?.length ?? 0) < 2) return false;
  return (text.match(UPPER)?.length ?? 0) * 2 >= (text.match(LETTER)?.length ?? 0);
}
