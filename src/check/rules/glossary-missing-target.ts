/**
 * A glossary term in the German with none of its allowed forms in the target (Xbench's rule: any allowed
 * form will do, however often the German repeats the term). Entries whose target shows a forbidden or
 * untranslated form are left to those rules, which point at the wrong word. Stale segments are skipped:
 * their target was made from other German.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { targetTermsOf, type GlossaryEntry, type TargetTerms } from '../../glossary/index.ts';
import type { CheckRule, SegmentView } from '../types.ts';
import { languageName, finding, quote, termSeverity, uniqueEntries } from './finding.ts';

export const glossaryMissingTarget: CheckRule = {
  id: 'glossary-missing-target',
  severity: 'error',
  summary: 'The German has a glossary term, but the target has neither its preferred form nor a short or accepted one.',
  run: ({ glossary, segments }) => {
    const found: Diagnostic[] = [];
    for (const segment of segments) {
      if (!segment.hasTarget || segment.entry.status === 'stale' || segment.germanMatches.length === 0) continue;
      for (const id of uniqueEntries(segment.germanMatches)) {
        const entry = glossary.entry(id);
        const terms = entry && targetTermsOf(entry, segment.language);
        if (entry === undefined || terms === undefined || terms.doNotTranslate) continue;
        if (mentionsEntry(segment, id)) continue;
        found.push(missing(segment, entry, terms));
      }
    }
    return found;
  },
};

/** Any target form of the entry, right or wrong, or its German form left in. */
function mentionsEntry(segment: SegmentView, id: string): boolean {
  return segment.targetMatches.some((m) => m.entry === id) || segment.germanInTarget.some((m) => m.entry === id);
}

function missing(segment: SegmentView, entry: GlossaryEntry, terms: TargetTerms): Diagnostic {
  const german = segment.germanMatches.find((m) => m.entry === entry.id)!.text;
  const allowed = [terms.preferred, terms.short, ...terms.accepted].filter((f): f is string => f !== undefined);
  const language = languageName(segment.language);
  return finding(segment, {
    ruleId: 'glossary-missing-target',
    severity: termSeverity(entry),
    message: `the German has ${quote(german)} (glossary: ${entry.id}), but the ${language} target has none of ${allowed.map((f) => quote(f)).join(', ')}`,
    entry: entry.id,
    hint: `write ${quote(terms.preferred)}${terms.short ? ` (or ${quote(terms.short)} after the first mention)` : ''}; if the sentence rightly leaves it out, add \`suppress: [{ rule: glossary-missing-target, reason: … }]\` to the segment`,
  });
}
