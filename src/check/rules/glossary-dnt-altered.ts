/**
 * Do-not-translate terms (`RENEWZ.de`, `rodong.rep.kp`, Bloomberg in English) must appear in the target
 * exactly as the glossary writes them. Reports a forbidden form of such a term where it stands, a spelling
 * that differs only in case where it stands, and otherwise a term the target lost (at the value's start).
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { targetTermsOf, type GlossaryEntry } from '../../glossary/index.ts';
import type { CheckRule, SegmentView } from '../types.ts';
import { languageName, finding, quote, termSeverity, uniqueEntries } from './finding.ts';

const ID = 'glossary-dnt-altered';

export const glossaryDntAltered: CheckRule = {
  id: ID,
  severity: 'error',
  summary: 'A do-not-translate term (RENEWZ.de) is missing from the target or written differently.',
  run: ({ glossary, segments }) => {
    const found: Diagnostic[] = [];
    for (const segment of segments) {
      if (!segment.hasTarget) continue;
      for (const match of segment.targetMatches) {
        const entry = glossary.entry(match.entry);
        if (match.kind !== 'forbidden' || !entry || !targetTermsOf(entry, segment.language)?.doNotTranslate) continue;
        found.push(altered(segment, entry, `${quote(match.text)} is a forbidden form`, match));
      }
      if (segment.entry.status === 'stale') continue;
      for (const id of uniqueEntries(segment.germanMatches)) {
        const entry = glossary.entry(id);
        if (!entry || !targetTermsOf(entry, segment.language)?.doNotTranslate) continue;
        if (segment.targetMatches.some((m) => m.entry === id)) continue;
        found.push(lost(segment, entry));
      }
    }
    return found;
  },
};

function lost(segment: SegmentView, entry: GlossaryEntry): Diagnostic {
  const term = targetTermsOf(entry, segment.language)!.preferred;
  const at = segment.targetPlain.toLowerCase().indexOf(term.toLowerCase());
  if (at >= 0) {
    const span = { start: at, end: at + term.length };
    return altered(segment, entry, `${quote(segment.targetPlain.slice(span.start, span.end))} differs in case`, span);
  }
  return finding(segment, {
    ruleId: ID,
    severity: termSeverity(entry),
    message: `the German has ${quote(term)} (glossary: ${entry.id}), which stays as it is, but the ${languageName(segment.language)} target does not have it`,
    entry: entry.id,
    hint: `keep ${quote(term)} in the target exactly as written`,
  });
}

function altered(segment: SegmentView, entry: GlossaryEntry, why: string, span: { start: number; end: number }): Diagnostic {
  const term = targetTermsOf(entry, segment.language)!.preferred;
  return finding(segment, {
    ruleId: ID,
    severity: termSeverity(entry),
    message: `${why}: ${quote(term)} (glossary: ${entry.id}) is not translated or respelled`,
    entry: entry.id,
    hint: `write ${quote(term)} exactly as the glossary has it`,
    span,
  });
}
