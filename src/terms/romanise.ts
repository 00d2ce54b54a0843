/**
 * Hangul → Latin letters (Revised Romanization, syllable by syllable: 평양 → pyeongyang), and a sound skeleton
 * on which a Korean word and a German or English name can be compared (쇼이구 ~ Schoigu ~ Shoigu).
 */
import { editDistance } from '../core/edit-distance.ts';
import { fold } from './words.ts';

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

/** Deterministic: each syllable is (code − 0xAC00) = (initial × 21 + medial) × 28 + final; other characters stay. */
export function romanise(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)! - 0xac00;
    if (code < 0 || code > 11171) {
      out += char;
      continue;
    }
    out += INITIALS[Math.floor(code / 588)]! + MEDIALS[Math.floor((code % 588) / 28)]! + FINALS[code % 28]!;
  }
  return out;
}

/**
 * The consonant/vowel skeleton both spellings share: Korean has no f, v, z or l/r contrast and adds `eu` to
 * close a foreign consonant (세르게이 = se-reu-ge-i for Sergej), German writes sch/j where English writes sh/y.
 */
export function soundSkeleton(text: string, korean = false): string {
  let s = fold(text).replace(/[^a-z]/g, '');
  // 쇼 is written `syo`: the y only softens the s, as German sch and English sh do.
  if (korean) s = s.replace(/eu/g, '').replace(/ui/g, 'i').replace(/sy/g, 's');
  s = s
    .replace(/tsch|tch/g, 'c').replace(/sch|sh|sj|sz/g, 's').replace(/ch/g, 'c')
    .replace(/oo/g, 'u').replace(/j/g, 'y').replace(/y(?![aeiou])/g, 'i').replace(/ou/g, 'u').replace(/eo/g, 'o').replace(/ae/g, 'e').replace(/oe/g, 'e')
    .replace(/ä/g, 'e').replace(/ö/g, 'o').replace(/ü/g, 'u')
    .replace(/ph|f|p/g, 'b').replace(/[vw]/g, 'b').replace(/[kqc]/g, 'g').replace(/x/g, 'gs').replace(/z/g, 's')
    .replace(/t/g, 'd').replace(/l/g, 'r').replace(/h/g, '')
    .replace(/(.)\1+/g, '$1');
  return s;
}

/** 0..1: how much a Korean word sounds like a Latin-script name (1 − edit distance / longer skeleton). */
export function soundsLike(hangul: string, latin: string): number {
  const a = cached(koreanSkeletons, hangul, () => soundSkeleton(romanise(hangul), true));
  if (a === '') return 0;
  let best = 0;
  const skeletons = cached(latinSkeletonCache, latin, () => {
    const found = latinSkeletons(latin);
    if (/^[A-Z]{2,4}$/.test(latin)) found.push(soundSkeleton(romanise([...latin].map((letter) => LETTER_NAMES[letter]).join('')), true));
    return found;
  });
  for (const b of skeletons) if (b !== '') best = Math.max(best, 1 - editDistance(a, b) / Math.max(a.length, b.length));
  return best;
}

/** Every Korean word is compared with several names, and words repeat across a corpus: skeletons are remembered (bounded). */
const koreanSkeletons = new Map<string, string>();
const latinSkeletonCache = new Map<string, string[]>();

function cached<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > 50_000) cache.clear();
    cache.set(key, (value = compute()));
  }
  return value;
}

/** An acronym is read letter by letter in Korean, by the English letter names: UN → 유엔. */
const LETTER_NAMES: Record<string, string> = {
  A: '에이', B: '비', C: '씨', D: '디', E: '이', F: '에프', G: '지', H: '에이치', I: '아이', J: '제이', K: '케이', L: '엘', M: '엠',
  N: '엔', O: '오', P: '피', Q: '큐', R: '알', S: '에스', T: '티', U: '유', V: '브이', W: '더블유', X: '엑스', Y: '와이', Z: '지',
};

/**
 * An English -er before a consonant is heard as 어 (Bloomberg → 블룸버그), and the surname Lee/Rhee/Yi is 이;
 * both only as alternatives, since a German r is written out (Sergej → 세르게이).
 */
function latinSkeletons(latin: string): string[] {
  const folded = fold(latin).replace(/[^a-z]/g, '');
  const variants = [folded, folded.replace(/er(?![aeiou])/g, 'eo'), folded.replace(/^(?:lee|rhee|yi)/, 'i')];
  return [...new Set(variants.map((v) => soundSkeleton(v)))];
}
