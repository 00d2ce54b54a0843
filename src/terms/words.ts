/** German words with their offsets, and which of them begin a sentence. */
import { editDistance } from '../core/edit-distance.ts';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** First word of the segment, or after `.`/`!`/`?`/`:`/an opening quote. */
  sentenceInitial: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{N}]+)*/gu;
const SENTENCE_START = /(?:^|[.!?:;]\s+|[„“"»«‚(–—]\s*)$/u;

export function germanWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const before = text.slice(Math.max(0, start - 3), start);
    words.push({ text: match[0], start, end: start + match[0].length, sentenceInitial: words.length === 0 || SENTENCE_START.test(before) });
  }
  return words;
}

export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first >= 97 && first <= 122) return false;
  return /^\p{Lu}/u.test(word);
}

/** `Schoygus` → `Schoygu`, `Paris'` → `Paris`; undefined when the word shows no genitive ending. */
export function genitiveBase(word: string): string | undefined {
  if (/['’]$/u.test(word)) return word.slice(0, -1);
  if (/\p{Ll}s$/u.test(word) && word.length > 3) return word.slice(0, -1);
  return undefined;
}

/** Lower-case, without diacritics: for comparing a German name with its English rendering. */
export function fold(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    // The same few thousand words come back for every segment: remember them (bounded, so memory stays flat).
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(text, (folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss')));
  }
  return folded;
}

const foldCache = new Map<string, string>();

/** 0..1 similarity of two strings (1 − edit distance / longer length). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
}

/** German spelling of a foreign name → its usual English letters, roughly: Wladimir → vladimir, Schoygu → shoygu. */
export function transliterated(text: string): string {
  return fold(text).replace(/tsch/g, 'ch').replace(/sch/g, 'sh').replace(/w/g, 'v').replace(/j/g, 'y');
}

/** The ways a German-spelt word may come out in English, for comparing: as is, transliterated, and with k → c (Demokratische ~ Democratic). */
export function spellings(text: string): string[] {
  let found = spellingCache.get(text);
  if (found === undefined) {
    // Asked for every English word of every segment a name is in, and again for each name: remember (bounded).
    if (spellingCache.size > 100_000) spellingCache.clear();
    const translit = transliterated(text);
    spellingCache.set(text, (found = [...new Set([fold(text), translit, translit.replace(/k/g, 'c')])]));
  }
  return found;
}

const spellingCache = new Map<string, string[]>();
