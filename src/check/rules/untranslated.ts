/** A target that is (mostly) the German left untranslated (see ../untranslated/german-left.ts). */
import type { CheckRule, SegmentView } from '../types.ts';
import { blank, LINK_PATTERN, MAY_HOLD_LINK } from '../links/link-pattern.ts';
import { germanLeft } from '../untranslated/german-left.ts';
import { finding, languageName } from './finding.ts';

const WHY = {
  'same-as-german': 'is the German as it was',
  'mostly-german': 'is mostly German',
  'no-hangul': 'has no Korean (no Hangul) though the German is prose',
} as const;

export const untranslated: CheckRule = {
  id: 'untranslated',
  severity: 'error',
  summary: 'The target is (mostly) the German left as it was, or a Korean target without Hangul for German prose.',
  run: ({ segments }) =>
    segments
      .filter((s) => s.hasTarget && s.entry.status !== 'stale')
      .flatMap((segment) => {
        const why = germanLeft({ source: segment.sourcePlain, target: segment.targetPlain, targetWithoutNames: withoutTerms(segment), language: segment.language });
        if (why === undefined) return [];
        return [finding(segment, {
          ruleId: 'untranslated',
          severity: 'error',
          message: `the ${languageName(segment.language)} target ${WHY[why]}`,
          hint: `translate the sentence into ${languageName(segment.language)} (names, addresses and do-not-translate terms stay as they are)`,
        })];
      }),
};

/** The target with its glossary terms and links blanked: names are the same in every language. */
function withoutTerms(segment: SegmentView): string {
  let text = MAY_HOLD_LINK.test(segment.targetPlain) ? blank(segment.targetPlain, LINK_PATTERN) : segment.targetPlain;
  for (const m of segment.targetMatches) text = text.slice(0, m.start) + ' '.repeat(m.end - m.start) + text.slice(m.end);
  return text;
}
