/**
 * German glossary forms left in a translation (`Pjöngjang` in English): the German matcher run over the
 * target. A hit does not count where the target language prints the term as it is (do-not-translate), where
 * it overlaps a target form (`Kim`, `Japan` are German and English alike), or where it equals an allowed form.
 */
import type { TargetLanguage } from '../core/translation.ts';
import { insideException, isAllCaps, targetTermsOf, type Glossary, type TargetMatch, type TermMatch } from '../glossary/index.ts';

/** Hangul jamo, compatibility jamo and syllables. */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/g;

export function germanLeftInTarget(
  glossary: Glossary,
  language: TargetLanguage,
  targetPlain: string,
  targetMatches: readonly TargetMatch[],
): TermMatch[] {
  // Korean particles follow a term directly (`Pjöngjang에서`); blanking Hangul keeps offsets and gives the
  // German matcher the word boundary it needs.
  const text = language === 'ko' ? targetPlain.replace(HANGUL, ' ') : targetPlain;
  // Capitals are judged on the target as written: `NATO와 EU` is no headline once its Hangul is blanked.
  const found = glossary.matchGerman(text, { allCaps: isAllCaps(targetPlain) });
  if (found.length === 0) return [];
  const excepted = glossary.forbiddenExceptions(language, targetPlain);
  return found
    .filter((match) => {
      const entry = glossary.entry(match.entry);
      const terms = entry && targetTermsOf(entry, language);
      // An entry without forms in this language is not checked in it (check's summary counts those).
      if (terms === undefined || terms.doNotTranslate) return false;
      if (targetMatches.some((t) => t.start < match.end && match.start < t.end)) return false;
      if (insideException(match, excepted)) return false;
      const allowed = [terms.preferred, terms.short, ...terms.accepted];
      const seen = match.text.toLowerCase();
      return !allowed.some((form) => form !== undefined && form.toLowerCase() === seen);
    })
    .map((match) => ({ ...match, text: targetPlain.slice(match.start, match.end) }));
}
