/**
 * A headline set in capitals (`KIM JONG UN TRIFFT PUTIN`) hides what the glossary checks: case and the
 * spelling it carries (`Lee Jae-myung`, not `Lee Jae-Myung`). Terms in such a text are matched ignoring case, so
 * they are not reported missing; this warning asks a person to look at them instead.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { isAllCaps } from '../../glossary/index.ts';
import type { CheckRule } from '../types.ts';
import { finding, languageName, quote, uniqueEntries } from './finding.ts';

const ID = 'glossary-all-caps';

export const glossaryAllCaps: CheckRule = {
  id: ID,
  severity: 'warning',
  summary: 'The German or the target is set in capitals: its glossary terms were matched ignoring case and need a look.',
  run: ({ segments }) => {
    const found: Diagnostic[] = [];
    for (const segment of segments) {
      if (!segment.hasTarget || segment.germanMatches.length === 0) continue;
      const german = isAllCaps(segment.sourcePlain);
      const target = isAllCaps(segment.targetPlain);
      if (!german && !target) continue;
      const where = [german ? 'the German' : '', target ? `the ${languageName(segment.language)} target` : ''].filter(Boolean).join(' and ');
      const terms = uniqueEntries(segment.germanMatches).map((id) => `${quote(segment.germanMatches.find((m) => m.entry === id)!.text)} (${id})`);
      found.push(finding(segment, {
        ruleId: ID,
        severity: 'warning',
        message: `${where} ${german && target ? 'are' : 'is'} set in capitals, so the glossary terms ${terms.join(', ')} were matched ignoring case; capitals cannot show their spelling`,
        hint: target
          ? 'write the target in normal case (the page style can set capitals) so the check can see the spelling, or check the terms by eye'
          : 'check the terms in the target by eye; the German headline in capitals does not show how they are spelt',
      }));
    }
    return found;
  },
};
