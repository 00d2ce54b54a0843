/**
 * The forms in a translation that could render a name: English runs of capitalised words (`Sergei Shoigu`,
 * possessive dropped), Korean words with one particle stripped (`쇼이구는` → `쇼이구`). Particles are never
 * stripped blindly — `김정은` ends in 은 — so a Korean word yields both the whole word and the stripped stem,
 * and co-occurrence across segments decides which one is the name.
 */
import type { TargetLanguage } from '../core/translation.ts';

/** Longest first, so `에서는` is tried before `는`. */
const PARTICLES = ['에서는', '에게서', '으로는', '에서', '에게', '으로', '까지', '부터', '보다', '처럼', '와의', '과의', '에는', '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로', '만', '측'];

const HANGUL = /[\uac00-\ud7a3]/u;

export function targetForms(lang: TargetLanguage, text: string): Set<string> {
  return lang === 'en' ? englishForms(text) : koreanForms(text);
}

/**
 * Capitalised English words that stand mid-sentence: only such a word can be told for a name by its capital.
 * Asked for each segment by the form index and again for each name in it, so remembered — per target object, for as
 * long as the caller holds it: a memo by text for the whole process kept some 19,000 segments' words (1,000
 * articles) alive through the rest of a check.
 */
export function englishMidSentence(target: { readonly text: string }): string[] {
  let words = midSentenceOf.get(target);
  if (words === undefined) midSentenceOf.set(target, (words = findMidSentence(target.text)));
  return words;
}

const midSentenceOf = new WeakMap<object, string[]>();

/** The same, not remembered: for a pass over every segment (the form index), whose memo would outweigh the index. */
export function findMidSentence(text: string): string[] {
  const words: string[] = [];
  const tokens = text.split(/\s+/u);
  for (let i = 1; i < tokens.length; i++) {
    if (/[.!?:]["”’)]?$/u.test(tokens[i - 1]!) && !/^(?:\p{Lu}\.)+$/u.test(tokens[i - 1]!)) continue;
    const word = tokens[i]!.replace(/^[^\p{L}\p{N}]+/u, '').replace(/['’]s\W*$/u, '').replace(/[^\p{L}\p{N}]+$/u, '') + pluralApostrophe(tokens[i]!);
    if (/^\p{Lu}/u.test(word)) words.push(word);
  }
  return words;
}

/** A plural's apostrophe belongs to the name (`Workers' Party`). */
function pluralApostrophe(raw: string): string {
  return /\p{L}s['’]$/u.test(raw) ? raw.at(-1)! : '';
}

function englishForms(text: string): Set<string> {
  const forms = new Set<string>();
  const tokens = text.split(/\s+/u);
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) for (let j = i + 1; j <= Math.min(run.length, i + 3); j++) forms.add(run.slice(i, j).join(' '));
    run = [];
  };
  for (const raw of tokens) {
    if (/^[(„“"‘'\[]/u.test(raw)) flush();
    const word = raw.replace(/^[^\p{L}\p{N}]+/u, '').replace(/['’]s\W*$/u, '').replace(/[^\p{L}\p{N}]+$/u, '') + pluralApostrophe(raw);
    const possessive = /['’]s\W*$/u.test(raw);
    const closes = possessive || /[,;:!?)"”’\]]$/u.test(raw) || (/\.$/u.test(raw) && !/^(?:\p{Lu}\.)+$/u.test(raw));
    if (/^\p{Lu}/u.test(word)) run.push(word);
    else flush();
    if (closes) flush();
  }
  flush();
  return forms;
}

function koreanForms(text: string): Set<string> {
  const forms = new Set<string>();
  const words = text.split(/[\s,.;:!?()“”"‘’'·…]+/u).filter((w) => w !== '');
  const stems = words.map((word) => stemsOf(word));
  for (let i = 0; i < words.length; i++) {
    for (const stem of stems[i]!) forms.add(stem);
    // A two-word name (`세르게이 쇼이구`): the first word whole, the second with its particle stripped.
    const next = stems[i + 1];
    if (next && HANGUL.test(words[i]!)) for (const stem of next) forms.add(`${words[i]} ${stem}`);
  }
  return forms;
}

/** The word itself and, when it ends in a particle and keeps two syllables, the word without it. */
export function stemsOf(word: string): string[] {
  const stems = [word];
  if (!HANGUL.test(word)) return stems;
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && [...word].length - [...particle].length >= 2) {
      stems.push(word.slice(0, -particle.length));
      break;
    }
  }
  return stems;
}
