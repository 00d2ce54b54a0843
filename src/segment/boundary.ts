import {
  isClosingBracket, isClosingQuote, isDigit, isEmojiPart, isEmojiStart, isLetter, isLineBreak,
  isOpeningBracket, isSuperscriptDigit, isTerminator, isWhitespace,
} from './chars.ts';
import type { AbbreviationKind } from './abbreviations.ts';
import { isSentenceOpener } from './lexicon.ts';
import { tokenBefore } from './token.ts';
import { lowerWord, nextWord, type NextWord } from './next-word.ts';
import { openAbbreviation } from './open-class.ts';
import { AFTER, because, NONE, type Judge } from './judge.ts';
import { missingSpaceEnd } from './missing-space.ts';
import { ordinalEnd } from './ordinal-end.ts';
import { afterAmount, startsRank } from './results-list.ts';

export type { Judge } from './judge.ts';

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

function hasSecondTerminator(text: string, from: number, end: number): boolean {
  for (let j = from; j < end; j++) if (isTerminator(text.charCodeAt(j))) return true;
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
