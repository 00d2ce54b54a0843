/**
 * A glossary entry without forms in a further target language (ja, fr) is not checked in that language: the
 * German term has no translation to look for. So a check that passes does not seem to have checked it, each
 * language with such entries in its German gets one warning that counts and names them.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import type { TargetLanguage } from '../../core/translation.ts';
import { targetTermsOf } from '../../glossary/index.ts';
import type { CheckRule } from '../types.ts';
import { languageName, uniqueEntries } from './finding.ts';

const ID = 'glossary-language-missing';
const NAMED = 5;

export const glossaryLanguageMissing: CheckRule = {
  id: ID,
  severity: 'warning',
  summary: 'Glossary entries found in the German have no forms for a target language, so they were not checked in it.',
  run: ({ glossary, segments }) => {
    const unchecked = new Map<TargetLanguage, Set<string>>();
    for (const segment of segments) {
      if (segment.language === 'en' || segment.language === 'ko' || !segment.hasTarget) continue;
      for (const id of uniqueEntries(segment.germanMatches)) {
        const entry = glossary.entry(id);
        if (entry === undefined || targetTermsOf(entry, segment.language) !== undefined) continue;
        const ids = unchecked.get(segment.language) ?? new Set<string>();
        unchecked.set(segment.language, ids.add(id));
      }
    }
    return [...unchecked].map(([language, ids]): Diagnostic => {
      const sorted = [...ids].sort();
      const named = sorted.slice(0, NAMED).join(', ') + (sorted.length > NAMED ? `, and ${sorted.length - NAMED} more` : '');
      return {
        ruleId: ID,
        severity: 'warning',
        file: glossary.path,
        message: `${ids.size} glossary entr${ids.size === 1 ? 'y appears' : 'ies appear'} in the German of the ${languageName(language)} translations but ${ids.size === 1 ? 'has' : 'have'} no \`${language}\` forms, so ${ids.size === 1 ? 'it was' : 'they were'} not checked there: ${named}`,
        hint: `add \`${language}: { preferred: … }\` to ${ids.size === 1 ? 'the entry' : 'each entry'} (or \`dnt: true\` where the term stays German)`,
      };
    });
  },
};
