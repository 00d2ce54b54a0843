/**
 * The English and Korean forms the aligned segments support for a candidate: the target form that occurs
 * where the name occurs and seldom elsewhere (Dice coefficient over segments). A person's targets (edited,
 * reviewed) are asked first; machine targets only when those say nothing. Thin evidence proposes nothing.
 */
import type { TargetLanguage } from '../core/translation.ts';
import { PLACE_ADJECTIVE } from './german-data.ts';
import { findMidSentence, targetForms } from './target-forms.ts';
import type { AlignedSegment, TargetProposal } from './types.ts';
import { soundsLike } from './romanise.ts';
import { byKeptName, byKnownName, byKoreanHead } from './translated-names.ts';
import { similarity, spellings } from './words.ts';

export interface FormIndex {
  /** The segment's forms, each once, in the order found. */
  forms(segment: AlignedSegment): readonly string[];
  /** In how many segments of the basis a form occurs. */
  frequency(form: string, basis: 'person' | 'machine'): number;
  /** English: whether the form's first word is seen capitalised mid-sentence somewhere (`Critics` at a start is not). */
  namelike(form: string): boolean;
}

const PERSON = new Set(['edited', 'reviewed']);

export function basisOf(status: string): 'person' | 'machine' {
  return PERSON.has(status) ? 'person' : 'machine';
}

export function buildFormIndex(lang: TargetLanguage, segments: readonly AlignedSegment[]): FormIndex {
  // Every segment's forms are kept as numbers into one table of forms, in one typed array: kept as strings (a Set,
  // then an array, per segment) they were most of what term-inconsistent held across 1,000 articles (some 30 forms a
  // segment, 34,000 segments). A segment's list is made when asked; only the segments of a name are asked.
  const table: string[] = [];
  const numberOf = new Map<string, number>();
  let numbers: Int32Array = new Int32Array(1 << 16);
  let used = 0;
  /** Where a segment's forms are in `numbers`: its place in `bounds`, which holds start and end. */
  const boundsOf = new Map<AlignedSegment, number>();
  const bounds: number[] = [];
  const counts = { person: new Map<string, number>(), machine: new Map<string, number>() };
  const midSentence = new Set<string>();
  for (const segment of segments) {
    const target = segment.targets[lang];
    if (!target || target.text.trim() === '') continue;
    if (lang === 'en') for (const word of findMidSentence(target.text)) midSentence.add(word);
    const count = counts[basisOf(target.status)];
    const start = used;
    for (const found of targetForms(lang, target.text)) {
      let number = numberOf.get(found);
      if (number === undefined) numberOf.set(found, (number = table.push(found) - 1));
      if (used === numbers.length) numbers = grown(numbers);
      numbers[used++] = number;
      const form = table[number]!;
      count.set(form, (count.get(form) ?? 0) + 1);
    }
    boundsOf.set(segment, bounds.push(start, used) - 2);
  }
  numberOf.clear();
  numbers = numbers.slice(0, used);
  return {
    forms: (segment) => {
      const at = boundsOf.get(segment);
      if (at === undefined) return NO_FORMS;
      const forms: string[] = [];
      for (let i = bounds[at]!; i < bounds[at + 1]!; i++) forms.push(table[numbers[i]!]!);
      return forms;
    },
    frequency: (form, basis) => counts[basis].get(form) ?? 0,
    namelike: (form) => lang !== 'en' || midSentence.has(form.split(' ')[0]!),
  };
}

function grown(numbers: Int32Array): Int32Array {
  const larger = new Int32Array(numbers.length * 2);
  larger.set(numbers);
  return larger;
}

const NO_FORMS: readonly string[] = Object.freeze([]);

/** What is known about the name besides its segments. */
export interface NameHints {
  /** The German heads (`Schoygu`), to prefer an English form that looks like them and a Korean one that sounds like them. */
  names: readonly string[];
  /** The German name as written (`RENEWZ.de`): a Korean text may keep it in Latin letters. */
  term?: string;
  /** Its translations as CLDR knows them (`USA` → `United States`, `미국`). */
  known?: readonly string[];
  /** Korean endings of a name with its generic head (`Partei` → 당). */
  koreanHeads?: readonly string[];
}

export function proposeTarget(
  lang: TargetLanguage,
  withName: readonly AlignedSegment[],
  index: FormIndex,
  hints: NameHints,
): TargetProposal | undefined {
  for (const basis of ['person', 'machine'] as const) {
    const segments = withName.filter((s) => s.targets[lang] && s.targets[lang]!.text.trim() !== '' && basisOf(s.targets[lang]!.status) === basis);
    const proposal = best(lang, segments, index, basis, hints);
    if (proposal) return proposal;
  }
  return undefined;
}

function best(lang: TargetLanguage, segments: readonly AlignedSegment[], index: FormIndex, basis: 'person' | 'machine', hints: NameHints): TargetProposal | undefined {
  if (segments.length === 0) return undefined;
  const { names } = hints;
  const known = hints.known && hints.known.length > 0 ? byKnownName(lang, segments, index, basis, hints.known) : undefined;
  if (known) return known;
  if (lang === 'ko') {
    // Kept in Latin letters (RENEWZ.de는), a word that sounds like the name, a word with the name's generic head.
    const kept = hints.term ? byKeptName(segments, basis, hints.term) : undefined;
    if (kept) return kept;
    // A Korean word that clearly sounds like the name beats co-occurrence, which needs segments a name seldom has.
    const heard = bySound(segments, index, basis, names);
    if (heard) return heard;
    const headed = hints.koreanHeads ? byKoreanHead(segments, index, basis, hints.koreanHeads) : undefined;
    if (headed) return headed;
  }
  const together = new Map<string, number>();
  for (const segment of segments) for (const form of index.forms(segment)) together.set(form, (together.get(form) ?? 0) + 1);
  let winner: { form: string; count: number; score: number; dice: number; look: number } | undefined;
  for (const [form, count] of together) {
    // Two Korean words together (`표결할 예정이다`) are a name only as the longer form of one found by sound.
    if (lang === 'ko' && form.includes(' ')) continue;
    const look = lang === 'en' ? looksLike(form, names) : 0;
    // Seen only at a sentence start, a capital says nothing, unless the form is the German name itself (RENEWZ.de).
    if (!index.namelike(form) && look < 0.9) continue;
    const dice = (2 * count) / (segments.length + index.frequency(form, basis));
    const score = dice + 0.5 * look;
    const better = !winner || score > winner.score + 1e-9 ||
      (Math.abs(score - winner.score) <= 1e-9 && (count > winner.count || (count === winner.count && longerWins(lang, form, winner.form))));
    if (better) winner = { form, count, score, dice, look };
  }
  if (!winner) return undefined;
  // Korean words that stand in exactly the same segments (one fixed sentence) cannot be told apart: none.
  if (lang === 'ko' && tiedRival(winner, together, segments.length, index, basis)) return undefined;
  const thin = (winner.count < 2 || winner.count < 0.6 * segments.length) && !(lang === 'en' && winner.look >= 0.7);
  if (thin || winner.dice < 0.3) return undefined;
  const confidence = Math.min(1, winner.dice * (winner.count / (winner.count + 1)) + 0.3 * winner.look);
  return { form: winner.form, count: winner.count, of: segments.length, confidence: Math.round(confidence * 100) / 100, basis };
}

function tiedRival(winner: { form: string; count: number; dice: number }, together: ReadonlyMap<string, number>, of: number, index: FormIndex, basis: 'person' | 'machine'): boolean {
  for (const [form, count] of together) {
    if (form === winner.form || form.includes(' ') || form.startsWith(winner.form) || winner.form.startsWith(form)) continue;
    if (count === winner.count && Math.abs((2 * count) / (of + index.frequency(form, basis)) - winner.dice) <= 1e-9) return true;
  }
  return false;
}

/**
 * Equally supported: in English the longer run (`Sergei Shoigu` over `Sergei`); in Korean the stem without its
 * particle (연합뉴스 over 연합뉴스가), which stands wherever its particle forms do.
 */
function longerWins(lang: TargetLanguage, form: string, winner: string): boolean {
  if (lang !== 'ko') return form.length > winner.length;
  return winner.startsWith(form) ? form.length < winner.length : !form.startsWith(winner) && form.length > winner.length;
}

/** A Korean word must sound this much like the name, and this much more than any other word, to be proposed. */
export const SOUND_THRESHOLD = 0.75;
export const SOUND_MARGIN = 0.2;
/** Half the name's segments suffice: elsewhere a surname alone is often rendered by a title (이 대통령). */
export const SOUND_SHARE = 0.5;

/**
 * Too few segments for co-occurrence: the Korean word in them that sounds like the German name or its English
 * form (세르게이 ~ Sergej). A stem and its word with a particle (쇼이구 / 쇼이구는) are one word, not rivals.
 */
function bySound(segments: readonly AlignedSegment[], index: FormIndex, basis: 'person' | 'machine', names: readonly string[]): TargetProposal | undefined {
  const latin = [...new Set([...names, ...names.map((n) => n.replace(/[\s-]/g, '')), names.join('')])];
  const scored: { form: string; count: number; sound: number }[] = [];
  const together = new Map<string, number>();
  for (const segment of segments) for (const form of index.forms(segment)) together.set(form, (together.get(form) ?? 0) + 1);
  for (const [form, count] of together) {
    // One syllable (이, 김) is a particle or a bare surname as often as a name: no sound evidence.
    if (form.includes(' ') || !/^[\uac00-\ud7a3]{2,}$/u.test(form)) continue;
    scored.push({ form, count, sound: Math.max(...latin.map((name) => soundsLike(form, name))) });
  }
  scored.sort((a, b) => b.sound - a.sound || b.count - a.count || a.form.length - b.form.length);
  const top = scored[0];
  if (!top || top.sound < SOUND_THRESHOLD || top.count < SOUND_SHARE * segments.length) return undefined;
  const rival = scored.find((other) => !other.form.startsWith(top.form) && !top.form.startsWith(other.form));
  if (rival && top.sound - rival.sound < SOUND_MARGIN) return undefined;
  const confidence = top.sound * (top.count / (top.count + 1));
  return { form: top.form, count: top.count, of: segments.length, confidence: Math.round(confidence * 100) / 100, basis };
}

/** How much an English form looks like one of the German heads, word against word (Schoygu ~ Shoigu). */
export function looksLike(form: string, names: readonly string[]): number {
  let bestScore = 0;
  for (const word of form.split(' ')) {
    for (const name of names) {
      const ours = spellings(word);
      for (const theirs of germanSpellings(name)) {
        for (const a of ours) if (a[0] === theirs[0]) bestScore = Math.max(bestScore, similarity(a, theirs));
      }
    }
  }
  return bestScore;
}

/** A lower-case place adjective also by its stem, which English keeps as a name: `koreanischen` ~ `Korean`. */
function germanSpellings(name: string): string[] {
  return PLACE_ADJECTIVE.test(name) ? [...spellings(name), ...spellings(name.replace(/isch(?:e|en|er|es|em)$/u, ''))] : spellings(name);
}
