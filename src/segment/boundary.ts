import {
  isClosingBracket, isClosingQuote, isDigit, isEmojiPart, isEmojiStart, isLetter, isLineBreak, isLower,
  isOpener, isOpeningBracket, isSuperscriptDigit, isTerminator, isUpper, isWhitespace, isBullet,
} from './chars.ts';
import { abbreviationBefore, type AbbreviationKind } from './abbreviations.ts';
import { isMonth, isOrdinalContext, isOrdinalNoun, isSentenceOpener } from './lexicon.ts';
import { tokenBefore } from './token.ts';
import { lowerWord, nextWord, type NextWord } from './next-word.ts';
import { openAbbreviation } from './open-class.ts';

/**
 * What a decision depends on beyond the text, and why the last one went as it did (for `segment --explain`).
 * One per segmentation run; `reason` is overwritten at every terminator, so nothing is allocated per decision.
 */
export interface Judge {
  learned: ReadonlySet<string> | undefined;
  reason: string;
  /** What the token before the terminator was taken for, when that decided (`a bound abbreviation from the list`). */
  token: string;
}

/** Constant strings, so a decision allocates nothing. */
const WORD_BEFORE_UPPER = 'a word before a capital';
const WORD_BEFORE_DIGIT = 'a word before a digit';
const WORD_BEFORE_OTHER = 'a word before a non-letter';

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
export function sentenceEnd(text: string, i: number, end: number, segmentStart: number, judge: Judge): number {
  if (end >= text.length || isLineBreak(text.charCodeAt(end))) return because(judge, 'end of the line', end);
  // `ein(!) Satz`, `(???)`: a bracketed interjection
  if (i > 0 && isOpeningBracket(text.charCodeAt(i - 1))) return because(judge, 'right after an opening bracket: an interjection', -1);
  if (!isWhitespace(text.charCodeAt(end))) {
    const at = missingSpaceEnd(text, i, end);
    return because(judge, at >= 0 ? 'no space, but lower-case word.Capitalised word' : 'no space after it: part of a token', at);
  }

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
  if (k >= text.length || isLineBreak(text.charCodeAt(k))) return because(judge, 'only spaces follow on the line', sentenceEnd);
  // `. . .`: a spaced ellipsis is judged at its last full stop.
  if (isTerminator(text.charCodeAt(k))) return because(judge, 'another terminator follows (spaced ellipsis)', -1);
  // `Wir stehen zusammen. #Österreich @Bundesheer`: hashtags and handles after a post's sentence belong to it.
  const c = text.charCodeAt(k);
  if ((c === 0x23 || c === 0x40) && isLetter(text.charCodeAt(k + 1))) return because(judge, 'a hashtag or handle follows', -1);
  const verdict = endsBefore(text, i, end, nextWord(text, k), segmentStart, judge);
  return verdict === AFTER ? sentenceEnd : verdict;
}

/** `endsBefore` verdicts: AFTER the cluster, NONE, or a position before the cluster (a rank that opens a list item). */
const AFTER = -2;
const NONE = -1;

function because(judge: Judge, reason: string, at: number, token = ''): number {
  judge.reason = reason;
  judge.token = token;
  return at;
}

function endsBefore(text: string, i: number, end: number, next: NextWord, segmentStart: number, judge: Judge): number {
  if (next.kind === 'lower') return because(judge, 'a lower-case word follows', NONE);
  const singleFullStop = text.charCodeAt(i) === 0x2e && !hasSecondTerminator(text, i + 1, end);
  if (!singleFullStop) return because(judge, '! ? … or several dots before a capital, digit or other', AFTER);

  const token = tokenBefore(text, i);
  switch (token.kind) {
    case 'word': {
      const open = openAbbreviation(text, i, next, judge.learned);
      if (open) return abbreviationEnd(text, i, next, open.kind, open.reason, judge);
      return because(judge, next.kind === 'upper' ? WORD_BEFORE_UPPER : next.kind === 'digit' ? WORD_BEFORE_DIGIT : WORD_BEFORE_OTHER, AFTER);
    }
    case 'number':
      return because(judge, 'a number that is no ordinal', AFTER);
    case 'ordinal':
      return ordinalEnd(text, token.start, token.inRange, next, segmentStart, judge);
    case 'bound':
      return abbreviationEnd(text, i, next, 'bound', 'a bound abbreviation from the list', judge);
    case 'weak':
      return abbreviationEnd(text, i, next, 'weak', 'a weak abbreviation from the list (or an initial)', judge);
    case 'final':
      return abbreviationEnd(text, i, next, 'final', 'a final abbreviation from the list', judge);
  }
}

function abbreviationEnd(text: string, i: number, next: NextWord, kind: AbbreviationKind, why: string, judge: Judge): number {
  switch (kind) {
    case 'bound':
      return because(judge, 'bound to what follows', NONE, why);
    case 'final':
      return next.kind === 'upper' ? because(judge, 'closes an enumeration, a capital follows', AFTER, why) : because(judge, 'no capital follows', NONE, why);
    case 'weak':
      if (next.kind === 'upper' && isSentenceOpener(lowerWord(text, next))) return because(judge, 'then a sentence opener', AFTER, why);
      if (next.kind === 'digit' && afterAmount(text, i) && startsRank(text, next.at)) return because(judge, 'a unit after an amount, then a rank: a results list', AFTER, why);
      return because(judge, 'no sentence opener follows', NONE, why);
  }
}

function ordinalEnd(text: string, start: number, inRange: boolean, next: NextWord, segmentStart: number, judge: Judge): number {
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

/**
 * A rank or minute mark that opens the next entry of a results list or ticker whose line breaks were lost:
 * `9,92 5. Mike Rodgers`, `Ogier 207 2. Latvala` (after an earlier rank), `1:0 12. Minute:`.
 */
function opensResultsEntry(text: string, start: number, segmentStart: number, word: string): boolean {
  const prev = previousToken(text, start);
  if (prev.end <= segmentStart || prev.start < segmentStart) return false;
  let digits = 0;
  let marks = 0;
  for (let j = prev.start; j < prev.end; j++) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) digits++;
    else if (c === 0x2c || c === 0x3a || c === 0x2b || c === 0x2e) marks++;
    else return false;
  }
  if (digits === 0 || !isDigit(text.charCodeAt(prev.end - 1))) return false;
  if (marks > 0) return true;
  return word === 'minute' || hasEarlierRank(text, segmentStart, prev.start);
}

function previousToken(text: string, start: number): { start: number; end: number } {
  let end = start;
  while (end > 0 && start - end < 4 && text.charCodeAt(end - 1) === 0x20) end--;
  let begin = end;
  while (begin > 0 && end - begin < 16 && !isWhitespace(text.charCodeAt(begin - 1))) begin--;
  return { start: begin, end };
}

/** `1. Ogier` earlier in the segment (at most 300 characters back): the segment is a results list. */
function hasEarlierRank(text: string, segmentStart: number, before: number): boolean {
  for (let j = Math.max(segmentStart, before - 300); j + 3 < before; j++) {
    if (text.charCodeAt(j) !== 0x2e || text.charCodeAt(j + 1) !== 0x20 || !isUpper(text.charCodeAt(j + 2))) continue;
    let d = j;
    while (d > segmentStart && j - d < 3 && isDigit(text.charCodeAt(d - 1))) d--;
    if (d < j && (d === segmentStart || isWhitespace(text.charCodeAt(d - 1)))) return true;
  }
  return false;
}

/** `3:12:45,2 Std.`, `207 Pkt.`: the abbreviation is a unit after a number. */
function afterAmount(text: string, dot: number): boolean {
  let j = dot;
  while (j > 0 && dot - j < 12 && isLetter(text.charCodeAt(j - 1))) j--;
  return j >= 2 && text.charCodeAt(j - 1) === 0x20 && isDigit(text.charCodeAt(j - 2));
}

/** `2. Jari-Matti`: one to three digits, a full stop, a space and a capitalised word that is no month. */
function startsRank(text: string, at: number): boolean {
  let j = at;
  while (j < text.length && j - at < 3 && isDigit(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) !== 0x2e || text.charCodeAt(j + 1) !== 0x20 || !isUpper(text.charCodeAt(j + 2))) return false;
  const word = lowerWord(text, { kind: 'upper', at: j + 2 });
  return !isMonth(word) && !isOrdinalNoun(word);
}

function previousChar(text: string, start: number): number {
  let j = start;
  while (j > 0 && isWhitespace(text.charCodeAt(j - 1))) j--;
  return j > 0 ? text.charCodeAt(j - 1) : -1;
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
