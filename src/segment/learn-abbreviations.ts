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

/** One text's counts: token → [with a full stop, of those inside a sentence, without a full stop]. */
export type TokenCounts = Map<string, [number, number, number]>;

/** Longest token considered: abbreviations are short. */
const MAX_LENGTH = 8;
/** Evidence needed: seen with a full stop at least this often ... */
const MIN_WITH_STOP = 2;
/** ... nearly always with it ... */
const MIN_STOP_SHARE = 0.9;
/** ... and mostly inside a sentence after it. */
const MIN_INSIDE_SHARE = 0.5;

export function learnAbbreviations(texts: Iterable<string>): AbbreviationStats {
  const learner = new AbbreviationLearner();
  for (const text of texts) learner.add(text);
  return learner.result();
}

/** The same, one text at a time, so a caller can stream a repository's sources without holding them. */
export class AbbreviationLearner {
  /** token → [with a full stop, of those inside a sentence, without a full stop] */
  readonly #counts: TokenCounts = new Map();

  /** One text's counts alone, to be kept per source and added later (`addCounts`) instead of reading it again. */
  static count(text: string): TokenCounts {
    const learner = new AbbreviationLearner();
    learner.add(text);
    return learner.#counts;
  }

  /** Counts add up: adding every text's counts learns what adding every text does. */
  addCounts(counts: TokenCounts): void {
    for (const [token, [withStop, inside, without]] of counts) {
      const mine = this.#counts.get(token);
      if (mine) {
        mine[0] += withStop;
        mine[1] += inside;
        mine[2] += without;
      } else this.#counts.set(token, [withStop, inside, without]);
    }
  }

  add(text: string): void {
    let i = 0;
    while (i < text.length) {
      if (!isLetter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && isLetter(text.charCodeAt(i))) i++;
      const length = i - start;
      if (length < 2 || length > MAX_LENGTH || !isWordStart(text, start)) continue;
      const stop = text.charCodeAt(i) === 0x2e;
      // `z.B`, `ORF.at`, `1.000`: a full stop inside a token says nothing.
      if (stop && !(i + 1 >= text.length || isWhitespace(text.charCodeAt(i + 1)))) continue;
      const token = text.slice(start, i).toLowerCase();
      let counts = this.#counts.get(token);
      if (!counts) this.#counts.set(token, (counts = [0, 0, 0]));
      if (!stop) {
        counts[2]++;
        continue;
      }
      counts[0]++;
      let k = i + 1;
      while (k < text.length && text.charCodeAt(k) === 0x20) k++;
      const c = text.charCodeAt(k);
      if (isLower(c) || isDigit(c) || c === 0x2c) counts[1]++;
    }
  }

  result(): AbbreviationStats {
    const abbreviations: LearnedAbbreviation[] = [];
    for (const [token, [withStop, inside, without]] of this.#counts) {
      if (withStop < MIN_WITH_STOP || inside < MIN_INSIDE_SHARE * withStop) continue;
      if (withStop < MIN_STOP_SHARE * (withStop + without)) continue;
      abbreviations.push({ token, withStop, without, beforeLowerOrDigit: inside });
    }
    abbreviations.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
    return { abbreviations };
  }
}

const sets = new WeakMap<AbbreviationStats, ReadonlySet<string>>();

/** The learned tokens as the segmenter takes them (`segment(text, { abbreviations })`), made once per stats. */
export function abbreviationSet(stats: AbbreviationStats): ReadonlySet<string> {
  let set = sets.get(stats);
  if (!set) sets.set(stats, (set = new Set(stats.abbreviations.map((a) => a.token))));
  return set;
}
