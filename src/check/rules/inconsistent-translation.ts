/**
 * The same German sentence translated differently within one language, across all its files. The most
 * common translation (the first one on a tie) is taken as the reference; every other one is reported,
 * naming where the reference is. Stale and untranslated segments take no part.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { effectiveStatus } from '../../core/person-edit.ts';
import type { CheckRule, SegmentView } from '../types.ts';
import { finding, languageName, quote } from './finding.ts';

export const inconsistentTranslation: CheckRule = {
  id: 'inconsistent-translation',
  severity: 'warning',
  summary: 'The same German sentence is translated differently in two places of one language.',
  run: ({ segments }) => {
    // By language, then by German: no key string made per segment (34,000 of them across 1,000 articles).
    const byLanguage = new Map<string, Map<string, SegmentView[]>>();
    const inOrder: SegmentView[][] = [];
    for (const segment of segments) {
      // A target left at status `new` is a person's (the merge rules' judgment): it takes part.
      const status = effectiveStatus(segment.entry);
      if (!segment.hasTarget || status === 'stale' || status === 'new') continue;
      let groups = byLanguage.get(segment.language);
      if (!groups) byLanguage.set(segment.language, (groups = new Map()));
      const key = normalize(segment.entry.source);
      const group = groups.get(key);
      if (group) group.push(segment);
      else {
        const created = [segment];
        groups.set(key, created);
        inOrder.push(created);
      }
    }
    const found: Diagnostic[] = [];
    for (const group of inOrder) {
      if (group.length < 2) continue;
      const reference = mostCommon(group);
      const referenceTarget = normalize(reference.entry.target);
      for (const segment of group) {
        if (normalize(segment.entry.target) === referenceTarget) continue;
        const where = reference.at('target');
        found.push(finding(segment, {
          ruleId: 'inconsistent-translation',
          severity: 'warning',
          message: `the same German is translated differently in ${where.file}:${where.line}: ${quote(reference.entry.target)}`,
          hint: `use one ${languageName(segment.language)} translation for the same sentence, or suppress this rule with a reason where the context needs another`,
        }));
      }
    }
    return found;
  },
};

function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function mostCommon(group: readonly SegmentView[]): SegmentView {
  const counts = new Map<string, { count: number; first: SegmentView }>();
  for (const segment of group) {
    const key = normalize(segment.entry.target);
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { count: 1, first: segment });
  }
  let best: { count: number; first: SegmentView } | undefined;
  for (const candidate of counts.values()) if (best === undefined || candidate.count > best.count) best = candidate;
  return best!.first;
}
