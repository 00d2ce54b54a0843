/**
 * Whether a translation is (mostly) the German left as it was. Names, web addresses and glossary terms are
 * blanked first (they are the same in every language). Then: the target equals the German and the German
 * is prose (a lowercase word, not only names); or German function words make up much of the target's Latin
 * words; or, in Korean, the target has no Hangul at all while the German is prose. Function words that are
 * also English words (`die`, `was`, `will`, `war`, `hat`, `an`, `am`, `in`, `so`, `also`) do not count.
 */
import { languageProfile } from '../../core/languages.ts';
import type { TargetLanguage } from '../../core/translation.ts';

const GERMAN_FUNCTION_WORDS = new Set([
  'der', 'das', 'und', 'nicht', 'mit', 'von', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'ist', 'sich',
  'auf', 'für', 'wurde', 'wurden', 'worden', 'werden', 'wird', 'nach', 'bei', 'aus', 'auch', 'wie', 'dass', 'im',
  'zu', 'zum', 'zur', 'sie', 'er', 'es', 'wir', 'sind', 'oder', 'aber', 'noch', 'nur', 'über', 'gegen', 'seine',
  'seiner', 'seinen', 'seinem', 'ihre', 'ihren', 'ihrer', 'haben', 'hatte', 'hatten', 'sein', 'kann', 'soll', 'sollte',
  'diese', 'dieser', 'dieses', 'mehr', 'schon', 'wenn', 'als', 'vom', 'beim', 'dann', 'doch', 'sowie', 'bereits',
  'jedoch', 'sagte', 'weil', 'ob', 'einem', 'keine', 'kein', 'zwischen', 'unter', 'bis', 'seit', 'durch', 'ohne',
]);

const LATIN_WORD = /[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*/g;
const HANGUL = /[\uac00-\ud7a3]/;

export type GermanLeft = 'same-as-german' | 'mostly-german' | 'no-hangul' | undefined;

export interface UntranslatedInput {
  source: string;
  target: string;
  /** The target with links and glossary terms blanked. */
  targetWithoutNames: string;
  language: TargetLanguage;
}

const normalize = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const words = (text: string) => text.match(LATIN_WORD) ?? [];
/** Prose, not a name: two words or more, one of them a lowercase word (`Bleiben Sie informiert!`, not `Kim Jong-un`). */
const isProse = (text: string) => words(text).length >= 2 && words(text).some((w) => w.length >= 3 && w === w.toLowerCase());

export function germanLeft({ source, target, targetWithoutNames, language }: UntranslatedInput): GermanLeft {
  if (!isProse(source)) return undefined;
  if (normalize(source) === normalize(target)) return 'same-as-german';
  if (language === 'ko' && !HANGUL.test(target) && words(targetWithoutNames).length >= 2) return 'no-hangul';
  const latin = words(targetWithoutNames);
  const german = latin.filter((w) => GERMAN_FUNCTION_WORDS.has(w.toLowerCase())).length;
  // Latin words are rare in a Korean or Japanese target, so a smaller share of them being German already tells.
  const share = language === 'ko' || !languageProfile(language).wordBoundaries ? 0.5 : 0.2;
  return german >= 3 && german / latin.length >= share ? 'mostly-german' : undefined;
}
