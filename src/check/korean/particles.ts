/**
 * Korean particles whose form depends on the final sound of the word before (은/는, 이/가, 을/를, 과/와,
 * 으로/로, 아/야, 이었다/였다), read off the text right after a word. Only a particle that ends the
 * word (a space, punctuation or the end follows) is read: `은행`, `이번`, `과학` are words, not particles.
 */
import type { FinalSound } from './final-sound.ts';

interface ParticlePair {
  /** After a consonant. */
  consonant: string;
  /** After a vowel (and after ㄹ for 으로/로). */
  vowel: string;
  rieulTakesVowelForm: boolean;
}

const PAIRS: ParticlePair[] = [
  { consonant: '은', vowel: '는', rieulTakesVowelForm: false },
  { consonant: '이', vowel: '가', rieulTakesVowelForm: false },
  { consonant: '을', vowel: '를', rieulTakesVowelForm: false },
  { consonant: '과', vowel: '와', rieulTakesVowelForm: false },
  { consonant: '아', vowel: '야', rieulTakesVowelForm: false },
  { consonant: '이었다', vowel: '였다', rieulTakesVowelForm: false },
  { consonant: '으로', vowel: '로', rieulTakesVowelForm: true },
];

/** What may follow a particle inside the same word (`으로는`, `과의`, `로서`, `으로부터`). */
const TAIL = '(?:서|써|부터)?(?:는|의|도|만)?';
const FORMS = PAIRS.flatMap((p) => [p.consonant, p.vowel]).sort((a, b) => b.length - a.length);
const PARTICLE_AT = new RegExp(`^(${FORMS.join('|')})${TAIL}(?=$|[\\s\\p{P}\\p{S}])`, 'u');

export interface ParticleFound {
  /** The particle as written (`로`), its offset and the form the final sound asks for (`으로`). */
  written: string;
  start: number;
  end: number;
  expected: string;
}

/** The particle right at `at`, if it is one and the final sound asks for the other form. */
export function wrongParticleAt(text: string, at: number, final: FinalSound): ParticleFound | undefined {
  const m = PARTICLE_AT.exec(text.slice(at, at + 12));
  if (m === null) return undefined;
  const written = m[1]!;
  // `이었다` after a vowel is a long form writers use; only `였다` after a consonant is wrong.
  const pair = PAIRS.find((p) => p.consonant === written || p.vowel === written)!;
  const wanted = final === 'consonant' || (final === 'rieul' && !pair.rieulTakesVowelForm) ? pair.consonant : pair.vowel;
  if (written === wanted || (pair.consonant === '이었다' && written === '이었다')) return undefined;
  return { written, start: at, end: at + written.length, expected: wanted };
}

/**
 * Where a particle may follow an acronym or a number directly (`UN은`, `G7로`). Not after Hangul: a number
 * there is part of a name or address whose `가` is no particle (`종로3가`).
 */
export const DIRECT_ATTACHMENT = /(?<![A-Za-z.@/\d,\p{Script=Hangul}])(?:[A-Z]{2,}|[A-Z]+-?\d+|\d[\d,]*(?:\.\d+)?%?)(?=[은는이가을를과와으로아야였])/gu;
