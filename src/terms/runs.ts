/**
 * Runs of name-like words in German segments: capitalised words that neither sentence position nor German
 * noun capitalisation explains, outside every glossary match. Grouping them into candidates is grouping.ts.
 */
import { COMMON_NOUNS, COMMON_NOUN_SUFFIX, COMPANY_TRIGGERS, NAME_ADJECTIVE, PLACE_ADJECTIVE, TITLE_TRIGGERS } from './german-data.ts';
import { isNameHead } from './name-heads.ts';
import { englishMidSentence } from './target-forms.ts';
import type { AlignedSegment } from './types.ts';
import { fold, genitiveBase, germanWords, isCapitalised, type Word } from './words.ts';

export interface Run {
  segment: AlignedSegment;
  words: string[];
  sentenceInitial: boolean;
  /** A title or role stands right before it (`Präsident …`), or a company form right after (`… AG`). */
  triggered: boolean;
  /** It was the first part of a hyphen compound (`Schoygu-Besuch`). */
  inCompound: boolean;
}

/** Every word the corpus writes in lower case somewhere: such a word is not a name where it is capitalised. */
export function lowerCaseWords(segments: readonly AlignedSegment[]): Set<string> {
  const seen = new Set<string>();
  for (const segment of segments) {
    for (const word of germanWords(segment.source)) if (!isCapitalised(word.text)) seen.add(word.text);
  }
  return seen;
}

export type Covered = (start: number, end: number) => boolean;

export function findRuns(segment: AlignedSegment, lower: ReadonlySet<string>, covered: Covered): Run[] {
  const words = germanWords(segment.source);
  // A headline in title case (`Neuer Präsident Legt Amtseid Ab`) says nothing through capitals.
  // German capitalises every noun, so it takes function words and verbs written capitalised (`Und`, `Legt`) to tell.
  const capitalised = words.filter((w) => isCapitalised(w.text));
  const titleCase = words.length >= 4 && capitalised.length / words.length >= 0.7 &&
    capitalised.filter((w) => !w.sentenceInitial && lower.has(w.text.toLowerCase())).length >= 2;
  if (titleCase) for (const word of words) word.sentenceInitial = true;
  const runs: Run[] = [];
  let current: Word[] = [];
  let currentStart = 0;
  let nounRequired = false;
  const close = (next: Word | undefined) => {
    if (current.length > 0 && !nounRequired) {
      const before = words[currentStart - 1];
      const triggered = (before !== undefined && TITLE_TRIGGERS.has(before.text)) || COMPANY_TRIGGERS.has(current.at(-1)!.text) ||
        (next !== undefined && COMPANY_TRIGGERS.has(next.text));
      runs.push({ segment, words: current.map((w) => w.text), sentenceInitial: current[0]!.sentenceInitial, triggered, inCompound: false });
    }
    current = [];
    nounRequired = false;
  };
  const add = (word: Word, at: number) => {
    if (current.length === 0) currentStart = at;
    current.push(word);
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const adjacent = current.length > 0 && /^\s+$/u.test(segment.source.slice(current.at(-1)!.end, word.start));
    if (current.length > 0 && !adjacent) close(word);
    // `Nord- und Südkorea`: the first half of a shared compound is no word of its own.
    if (covered(word.start, word.end) || segment.source[word.end] === '-') {
      close(word);
      continue;
    }
    const compoundHead = compoundName(word.text, lower);
    if (compoundHead !== undefined) {
      close(word);
      runs.push({ segment, words: [compoundHead], sentenceInitial: word.sentenceInitial, triggered: false, inCompound: true });
      continue;
    }
    const next = words[i + 1];
    if (nounRequired && isCapitalised(word.text)) {
      add(word, i);
      // `Koreanische Zentrale Nachrichtenagentur`: adjectives in a row, then the noun.
      nounRequired = isNameAdjective(word.text, lower) && next !== undefined && isCapitalised(next.text);
    } else if (isNameLike(word.text, lower) || keptInEnglish(word, segment, lower)) {
      add(word, i);
    } else if (!word.sentenceInitial && isNameAdjective(word.text, lower) && next !== undefined && isCapitalised(next.text) && !covered(next.start, next.end)) {
      if (current.length > 0) close(word);
      add(word, i);
      nounRequired = true;
    } else if (next !== undefined && !covered(next.start, next.end) && isPlaceBeforeHead(word, next, segment)) {
      close(word);
      runs.push({ segment, words: [word.text, next.text], sentenceInitial: false, triggered: false, inCompound: false });
      i += 1;
    } else {
      close(word);
    }
  }
  close(undefined);
  return runs;
}

/**
 * Answers per corpus (its lower-case words) and word: a corpus repeats its words thousands of times, and each
 * test runs several regular expressions.
 */
const answers = new WeakMap<ReadonlySet<string>, Map<string, boolean | string | undefined>>();

function remembered<T extends boolean | string | undefined>(kind: string, word: string, lower: ReadonlySet<string>, compute: () => T): T {
  let known = answers.get(lower);
  if (!known) answers.set(lower, (known = new Map()));
  const key = kind + word;
  if (known.has(key)) return known.get(key) as T;
  const answer = compute();
  known.set(key, answer);
  return answer;
}

export function isNameLike(word: string, lower: ReadonlySet<string>): boolean {
  return remembered('n', word, lower, () => nameLike(word, lower));
}

function nameLike(word: string, lower: ReadonlySet<string>): boolean {
  if (!isCapitalised(word) || [...word].length < 2) return false;
  if (/^\p{Lu}{2,}\p{Ll}?$/u.test(word)) return true; // KCNA, NATO, ARDs; `AG` after a company name belongs to it
  if (TITLE_TRIGGERS.has(word) || COMPANY_TRIGGERS.has(word) || COMMON_NOUNS.has(word)) return false;
  const base = genitiveBase(word);
  if (lower.has(word.toLowerCase()) || (base !== undefined && lower.has(base.toLowerCase()))) return false;
  // `Jae-myung`: a lower-case part after the hyphen is a romanised given name, whatever its ending.
  if (/^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.test(word)) return true;
  if (word.includes('-')) return /^\p{Lu}\p{Ll}*(?:-\p{L}+)+$/u.test(word) && !COMMON_NOUN_SUFFIX.test(word.toLowerCase());
  return !COMMON_NOUN_SUFFIX.test(word.toLowerCase()) && !(base !== undefined && COMMON_NOUNS.has(base));
}

/** `Demokratische` before `Partei`: an adjective written capitalised because it is part of a name. */
function isNameAdjective(word: string, lower: ReadonlySet<string>): boolean {
  return remembered('a', word, lower, () => nameAdjective(word, lower));
}

function nameAdjective(word: string, lower: ReadonlySet<string>): boolean {
  return NAME_ADJECTIVE.test(word) && !lower.has(word.toLowerCase()) && !COMMON_NOUNS.has(word) && !TITLE_TRIGGERS.has(word);
}

/** `Schoygu-Besuch` → `Schoygu`; undefined when the word is no compound of a name and a common word. */
function compoundName(word: string, lower: ReadonlySet<string>): string | undefined {
  return word.includes('-') ? remembered('c', word, lower, () => compoundHead(word, lower)) : undefined;
}

function compoundHead(word: string, lower: ReadonlySet<string>): string | undefined {
  const parts = word.split('-');
  if (parts.length < 2) return undefined;
  const last = parts.at(-1)!;
  if (!isCapitalised(last) || isNameLike(last, lower)) return undefined;
  const head = parts.slice(0, -1).join('-');
  return isNameLike(head, lower) ? head : undefined;
}

/**
 * `der koreanischen Halbinsel`: German writes the adjective of many geographic names in lower case, so only the
 * English says it is a name — the adjective's stem and the head, both capitalised (`the Korean Peninsula`).
 */
function isPlaceBeforeHead(word: Word, next: Word, segment: AlignedSegment): boolean {
  if (!PLACE_ADJECTIVE.test(word.text) || !isNameHead(next.text)) return false;
  const english = segment.targets.en?.text;
  if (!english) return false;
  const adjective = fold(word.text);
  for (const pair of english.matchAll(/(?<=\s)(\p{Lu}\p{Ll}{3,}) \p{Lu}\p{Ll}+/gu)) {
    if (adjective.startsWith(fold(pair[1]!))) return true;
  }
  return false;
}

/**
 * `Samsung`, `Union`: a word that ends like a German noun is a name all the same when the English of its segment
 * keeps it, capitalised mid-sentence (`Samsung Electronics`, `the European Union`); German nouns are translated.
 */
function keptInEnglish(word: Word, segment: AlignedSegment, lower: ReadonlySet<string>): boolean {
  if (word.sentenceInitial || !isCapitalised(word.text) || lower.has(word.text.toLowerCase()) || !COMMON_NOUN_SUFFIX.test(word.text.toLowerCase())) return false;
  const english = segment.targets.en;
  return english !== undefined && englishMidSentence(english).includes(word.text);
}
