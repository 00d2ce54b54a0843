import {
  isClosingBracket, isClosingQuote, isDigit, isEmojiPart, isEmojiStart, isLetter, isLineBreak, isLower,
  isOpener, isOpeningBracket, isSuperscriptDigit, isTerminator, isUpper, isWhitespace, isBullet,
} from './chars.ts';
import { abbreviationBefore } from './abbreviations.ts';
import { isMonth, isOrdinalContext, isOrdinalNoun, isSentenceOpener } from './lexicon.ts';
import { tokenBefore } from './token.ts';
import { lowerWord, nextWord, type NextWord } from './next-word.ts';

/**
 * End of the terminator cluster starting at `i`: terminators mixed with what belongs to them — closing quotes and
 * brackets, superscript footnote marks and bracketed footnotes like `[6]` (`kalibriert!".`, `Satz.¹`, `nicht!).`).
 */
export function clusterEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isTerminator(c) || isClosingQuote(c) || isClosingBracket(c) || isSuperscriptDigit(c)) {
      j++;
    } else if (c === 0x5b) {
      let k = j + 1;
      while (k < text.length && k - j <= 3 && isDigit(text.charCodeAt(k))) k++;
      if (k === j + 1 || text.charCodeAt(k) !== 0x5d) break;
      j = k + 1;
    } else {
      break;
    }
  }
  return j;
}

/**
 * Where the sentence ends if the cluster [i, end) ends it, or -1. `segmentStart` is where the current
 * segment began (list numbers like `1.` at its start never end it).
 */
export function sentenceEnd(text: string, i: number, end: number, segmentStart: number): number {
  if (end >= text.length || isLineBreak(text.charCodeAt(end))) return end;
  // `ein(!) Satz`, `(???)`: a bracketed interjection
  if (i > 0 && isOpeningBracket(text.charCodeAt(i - 1))) return -1;
  if (!isWhitespace(text.charCodeAt(end))) return missingSpaceEnd(text, i, end);

  let sentenceEnd = end;
  let k = skipSpaces(text, end);
  // `Großartig! 👍 Weiter so!`: pictographs after the terminator stay with the sentence.
  while (k < text.length && isEmojiStart(text.charCodeAt(k))) {
    let runEnd = k;
    while (runEnd < text.length && isEmojiPart(text.charCodeAt(runEnd))) runEnd++;
    if (runEnd < text.length && !isWhitespace(text.charCodeAt(runEnd))) break; // `👍Der`: part of what follows
    sentenceEnd = runEnd;
    k = skipSpaces(text, runEnd);
  }
  if (k >= text.length || isLineBreak(text.charCodeAt(k))) return sentenceEnd;
  // `. . .`: a spaced ellipsis is judged at its last full stop.
  if (isTerminator(text.charCodeAt(k))) return -1;
  return endsBefore(text, i, end, nextWord(text, k), segmentStart) ? sentenceEnd : -1;
}

function endsBefore(text: string, i: number, end: number, next: NextWord, segmentStart: number): boolean {
  if (next.kind === 'lower') return false;
  const singleFullStop = text.charCodeAt(i) === 0x2e && !hasSecondTerminator(text, i + 1, end);
  if (!singleFullStop) return true;

  const token = tokenBefore(text, i);
  switch (token.kind) {
    case 'word':
    case 'number':
      return true;
    case 'bound':
      return false;
    case 'final':
      return next.kind === 'upper';
    case 'weak':
      return next.kind === 'upper' && isSentenceOpener(lowerWord(text, next));
    case 'ordinal': {
      if (next.kind === 'digit') return !continuesDate(text, next.at) && !followsDay(text, token.start);
      if (next.kind !== 'upper') return false;
      const word = lowerWord(text, next);
      if (isMonth(word) || isOrdinalNoun(word)) return false;
      if (atListStart(text, segmentStart, token.start)) return false;
      if (token.inRange || hasOrdinalContext(text, token.start)) return isSentenceOpener(word);
      return true;
    }
  }
}

/**
 * `unterstützen.Das berichtet` ends a sentence; `RENEWZ.de`, `z.B.`, `rodong.rep.kp`, `1.000.000`, `Nr.5`,
 * `EMail.Addresse@example.com` and `www.Spiegel.de` do not.
 */
function missingSpaceEnd(text: string, i: number, end: number): number {
  let right = end;
  if (isOpener(text.charCodeAt(right))) right++;
  if (!(isUpper(text.charCodeAt(right)) && isLower(text.charCodeAt(right + 1)))) return -1;

  let left = i;
  while (left > 0 && i - left < 40 && isLetter(text.charCodeAt(left - 1))) left--;
  if (i - left < 2 || !isLower(text.charCodeAt(i - 1))) return -1;
  if (left > 0 && text.charCodeAt(left - 1) === 0x2e) return -1;
  if (abbreviationBefore(text, i)) return -1;
  if (looksLikeAddress(text, i, end)) return -1;

  let wordEnd = right;
  while (wordEnd < text.length && wordEnd - right < 40 && isLetter(text.charCodeAt(wordEnd))) wordEnd++;
  if (text.charCodeAt(wordEnd) === 0x2e && isLower(text.charCodeAt(wordEnd + 1))) return -1;
  return end;
}

/** An e-mail address, URL or path around the terminator: `@` or `/` in the token, or a token starting `www.`. */
function looksLikeAddress(text: string, i: number, end: number): boolean {
  const limit = 200;
  let start = i;
  while (start > 0 && i - start < limit) {
    const c = text.charCodeAt(start - 1);
    if (isWhitespace(c)) break;
    if (c === 0x40 || c === 0x2f) return true;
    start--;
  }
  if (text.startsWith('www.', start)) return true;
  for (let j = end; j < text.length && j - end < limit; j++) {
    const c = text.charCodeAt(j);
    if (isWhitespace(c)) break;
    if (c === 0x40 || c === 0x2f) return true;
  }
  return false;
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

function hasSecondTerminator(text: string, from: number, end: number): boolean {
  for (let j = from; j < end; j++) if (isTerminator(text.charCodeAt(j))) return true;
  return false;
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

function skipSpaces(text: string, k: number): number {
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (!isWhitespace(c) || isLineBreak(c)) break;
    k++;
  }
  return k;
}
