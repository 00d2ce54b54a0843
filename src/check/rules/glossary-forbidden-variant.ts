/**
 * Forbidden spellings in a target (`Shoygu`, `Kim Jong-un` in English, `뿌찐` in Korean), and German forms
 * left untranslated (`Pjöngjang`). Do-not-translate terms are glossary-dnt-altered's business.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { targetTermsOf, type TargetTerms } from '../../glossary/index.ts';
import type { CheckRule, SegmentView } from '../types.ts';
import { languageName, finding, quote, termSeverity } from './finding.ts';

export const glossaryForbiddenVariant: CheckRule = {
  id: 'glossary-forbidden-variant',
  severity: 'error',
  summary: 'The target uses a spelling the glossary forbids, or leaves a German form (Pjöngjang) untranslated.',
  run: ({ glossary, segments }) => {
    const found: Diagnostic[] = [];
    for (const segment of segments) {
      if (!segment.hasTarget) continue;
      const language = languageName(segment.language);
      const wrong = [
        ...segment.targetMatches
          .filter((m) => m.kind === 'forbidden')
          .map((m) => ({ match: m, why: `${quote(m.text)} is a forbidden ${language} spelling` })),
        ...segment.germanInTarget.map((m) => ({ match: m, why: `${quote(m.text)} is the German form, left untranslated in the ${language} target` })),
      ].sort((a, b) => a.match.start - b.match.start);
      for (const { match, why } of wrong) {
        const entry = glossary.entry(match.entry);
        const terms = entry && targetTermsOf(entry, segment.language);
        if (entry === undefined || terms === undefined || terms.doNotTranslate) continue;
        found.push(finding(segment, {
          ruleId: 'glossary-forbidden-variant',
          severity: termSeverity(entry),
          message: `${why} (glossary: ${entry.id})`,
          entry: entry.id,
          hint: replacement(terms),
          span: match,
        }));
      }
    }
    return found;
  },
};

function replacement(terms: TargetTerms): string {
  return `write ${quote(terms.preferred)}${terms.short ? ` (or ${quote(terms.short)} after the first mention)` : ''}`;
}
