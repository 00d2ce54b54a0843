/**
 * Results lists and tickers whose line breaks were lost (`9,92 5. Mike Rodgers`, `3:12:45,2 Std. 2. Latvala`):
 * where a rank opens the next entry.
 */
import { isDigit, isLetter, isUpper, isWhitespace } from './chars.ts';
import { isMonth, isOrdinalNoun } from './lexicon.ts';
import { lowerWord } from './next-word.ts';

/**
 * A rank or minute mark that opens the next entry of a results list or ticker whose line breaks were lost:
 * `9,92 5. Mike Rodgers`, `Ogier 207 2. Latvala` (after an earlier rank), `1:0 12. Minute:`.
 */
export function opensResultsEntry(text: string, start: number, segmentStart: number, word: string): boolean {
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
export function afterAmount(text: string, dot: number): boolean {
  let j = dot;
  while (j > 0 && dot - j < 12 && isLetter(text.charCodeAt(j - 1))) j--;
  return j >= 2 && text.charCodeAt(j - 1) === 0x20 && isDigit(text.charCodeAt(j - 2));
}

/** `2. Jari-Matti`: one to three digits, a full stop, a space and a capitalised word that is no month. */
export function startsRank(text: string, at: number): boolean {
  let j = at;
  while (j < text.length && j - at < 3 && isDigit(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) !== 0x2e || text.charCodeAt(j + 1) !== 0x20 || !isUpper(text.charCodeAt(j + 2))) return false;
  const word = lowerWord(text, { kind: 'upper', at: j + 2 });
  return !isMonth(word) && !isOrdinalNoun(word);
}
