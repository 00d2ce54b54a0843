/**
 * Abbreviations learned from a collection of texts, the unsupervised way of Kiss & Strunk's Punkt: a short token
 * that nearly always stands with a full stop, and after that full stop mostly before a lower-case word, a digit or
 * a comma, is an abbreviation. A word that ends sentences also stands without a full stop elsewhere, and after a
 * real sentence end comes a capital. Pure and deterministic: counts add up, so the order of the texts does not
 * matter, and the result is sorted.
 */
import { isDigit, isLetter, isLower, isWhitespace, isWordStart } from './chars.ts';

export interface LearnedAbbreviation {
  /** Lower case, without the full stop. */
  token: string;
  /** Occurrences followed by a full stop and a space. */
  withStop: number;
  /** Occurrences without a full stop. */
  without: number;
  /** Occurrences with a full stop followed by a lower-case word, a digit or a comma. */
  beforeLowerOrDigit: number;
}

export interface AbbreviationStats {
  abbreviations: LearnedAbbreviation[];
}

/** Longest token considered: abbreviations are short. */
const MAX_LENGTH = 8;
/** Evidence needed: seen with a full stop at least this often ... */
const MIN_WITH_STOP = 2;
/** ... nearly always with it ... */
const MIN_STOP_SHARE = 0.9;
/** ... and mostly inside a sentence after it. */
const MIN_INSIDE_SHARE = 0.5;

export function learnAbbreviations(texts: Iterable<string>): AbbreviationStats {
  // Pass 1: tokens before a full stop and a space; pass 2 counts only those candidates without a full stop.
  const stops = new Map<string, [withStop: number, inside: number]>();
  const all: string[] = [];
  for (const text of texts) {
    all.push(text);
    countStops(text, stops);
  }
  const candidates = new Map<string, number>();
  for (const [token, [withStop, inside]] of stops) {
    if (withStop >= MIN_WITH_STOP && inside >= MIN_INSIDE_SHARE * withStop) candidates.set(token, 0);
  }
  if (candidates.size > 0) for (const text of all) countWithout(text, candidates);

  const abbreviations: LearnedAbbreviation[] = [];
  for (const [token, without] of candidates) {
    const [withStop, inside] = stops.get(token)!;
    if (withStop >= MIN_STOP_SHARE * (withStop + without)) abbreviations.push({ token, withStop, without, beforeLowerOrDigit: inside });
  }
  abbreviations.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
  return { abbreviations };
}

const sets = new WeakMap<AbbreviationStats, ReadonlySet<string>>();

/** The learned tokens as the segmenter takes them (`segment(text, { abbreviations })`), made once per stats. */
export function abbreviationSet(stats: AbbreviationStats): ReadonlySet<string> {
  let set = sets.get(stats);
  if (!set) sets.set(stats, (set = new Set(stats.abbreviations.map((a) => a.token))));
  return set;
}

function countStops(text: string, stops: Map<string, [number, number]>): void {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (!isWhitespace(text.charCodeAt(dot + 1))) continue;
    let start = dot;
    while (start > 0 && dot - start <= MAX_LENGTH && isLetter(text.charCodeAt(start - 1))) start--;
    const length = dot - start;
    if (length < 2 || length > MAX_LENGTH || !isWordStart(text, start)) continue;
    let k = dot + 1;
    while (k < text.length && text.charCodeAt(k) === 0x20) k++;
    const c = text.charCodeAt(k);
    const inside = isLower(c) || isDigit(c) || c === 0x2c;
    const token = text.slice(start, dot).toLowerCase();
    const counts = stops.get(token);
    if (counts) {
      counts[0]++;
      if (inside) counts[1]++;
    } else {
      stops.set(token, [1, inside ? 1 : 0]);
    }
  }
}

function countWithout(text: string, candidates: Map<string, number>): void {
  let i = 0;
  while (i < text.length) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    if (i - start > MAX_LENGTH || text.charCodeAt(i) === 0x2e || !isWordStart(text, start)) continue;
    const token = text.slice(start, i).toLowerCase();
    const count = candidates.get(token);
    if (count !== undefined) candidates.set(token, count + 1);
  }
}
