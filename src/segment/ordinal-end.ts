/** After a number with a full stop (`3.`): an ordinal, a date, a list number, a rank — or the end of a sentence. */
import { isBullet, isDigit, isLetter, isLower, isOpener, isWhitespace } from './chars.ts';
import { isMonth, isOrdinalContext, isOrdinalNoun, isSentenceOpener } from './lexicon.ts';
import { lowerWord, type NextWord } from './next-word.ts';
import { AFTER, because, NONE, type Judge } from './judge.ts';
import { opensResultsEntry } from './results-list.ts';

export function ordinalEnd(text: string, start: number, inRange: boolean, next: NextWord, segmentStart: number, judge: Judge): number {
  if (next.kind === 'digit') {
    return !continuesDate(text, next.at) && !followsDay(text, start)
      ? because(judge, 'a number, then a digit that continues no date', AFTER)
      : because(judge, 'a date goes on', NONE);
  }
  if (next.kind !== 'upper') return because(judge, 'an ordinal before a non-letter', NONE);
  const word = lowerWord(text, next);
  if (isMonth(word)) return because(judge, 'an ordinal before a month (am 3. Juni)', NONE);
  if (atListStart(text, segmentStart, start)) return because(judge, 'a list number at the start', NONE);
  if (!inRange && opensResultsEntry(text, start, segmentStart, word)) {
    return because(judge, 'a rank after a result (9,92 5. Mike …) or a minute mark: the boundary goes before it', start);
  }
  if (isOrdinalNoun(word)) return because(judge, 'an ordinal before a noun that follows ordinals (19. Jahrhundert)', NONE);
  if (inRange || hasOrdinalContext(text, start)) {
    return isSentenceOpener(word)
      ? because(judge, 'an ordinal in context (am 3.), then a sentence opener', AFTER)
      : because(judge, 'an ordinal in context (am 3., der 2.)', NONE);
  }
  if (previousChar(text, start) === 0x3a) return because(judge, 'a rank after a colon opens the list (Endstand: 1. Ogier)', NONE);
  return because(judge, 'a number before a capital', AFTER);
}

function previousChar(text: string, start: number): number {
  let j = start;
  while (j > 0 && isWhitespace(text.charCodeAt(j - 1))) j--;
  return j > 0 ? text.charCodeAt(j - 1) : -1;
}

/** `3. 6. 2025`: after a day, a number followed by a full stop is the month. */
function continuesDate(text: string, at: number): boolean {
  let j = at;
  while (j < text.length && j - at < 4 && isDigit(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === 0x2e;
}

/** `3. 6.` before `2025`: the number is a month after a day, so a year may follow. */
function followsDay(text: string, tokenStart: number): boolean {
  let j = tokenStart;
  while (j > 0 && tokenStart - j < 2 && isWhitespace(text.charCodeAt(j - 1))) j--;
  if (j < 2 || text.charCodeAt(j - 1) !== 0x2e) return false;
  let d = j - 1;
  while (d > 0 && j - 1 - d < 3 && isDigit(text.charCodeAt(d - 1))) d--;
  return d < j - 1 && j - 1 - d <= 2 && (d === 0 || isWhitespace(text.charCodeAt(d - 1)));
}

/** Only bullets, dashes, quotes or brackets between the start of the segment and the number: a list item. */
function atListStart(text: string, segmentStart: number, tokenStart: number): boolean {
  if (tokenStart - segmentStart > 6) return false;
  for (let j = segmentStart; j < tokenStart; j++) {
    const c = text.charCodeAt(j);
    if (!isWhitespace(c) && !isBullet(c) && !isOpener(c)) return false;
  }
  return true;
}

/**
 * The word or mark before the number makes it an ordinal: `am 3.`, `der 2.`, `vom 1., 2.`, also with one
 * lower-case adjective between (`im frühen 19.`).
 */
function hasOrdinalContext(text: string, tokenStart: number): boolean {
  let j = tokenStart;
  for (let words = 0; words < 2; words++) {
    while (j > 0 && tokenStart - j < 40 && isWhitespace(text.charCodeAt(j - 1))) j--;
    if (j === 0) return false;
    const c = text.charCodeAt(j - 1);
    if (words === 0 && (c === 0x2c || c === 0x2f || c === 0x26 || isBullet(c))) return true;
    let wordStart = j;
    while (wordStart > 0 && j - wordStart < 16 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === j) return false;
    if (isOrdinalContext(text.slice(wordStart, j).toLowerCase())) return true;
    if (!isLower(text.charCodeAt(wordStart))) return false;
    j = wordStart;
  }
  return false;
}
