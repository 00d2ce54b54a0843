/**
 * A Korean particle that does not agree with the final sound (받침) of the term, acronym or number before
 * it (see ../korean/). `check --fix` may replace it: the right form is certain.
 */
import type { CheckRule } from '../types.ts';
import { particleProblems } from '../korean/particle-problems.ts';
import { finding } from './finding.ts';

export const koreanParticle: CheckRule = {
  id: 'korean-particle',
  severity: 'error',
  summary: 'A Korean particle does not agree with the final sound of the term, acronym or number before it (평양로 → 평양으로, UN는 → UN은).',
  run: ({ segments }) =>
    segments
      .filter((s) => s.language === 'ko' && s.hasTarget)
      .flatMap((segment) =>
        particleProblems(segment.targetPlain, segment.targetMatches).map((p) =>
          finding(segment, {
            ruleId: 'korean-particle',
            severity: 'error',
            message: `"${p.word}${p.written}": after "${p.word}" the particle is "${p.expected}", not "${p.written}"${p.entry ? ` (glossary: ${p.entry})` : ''}`,
            hint: `write "${p.word}${p.expected}" (dolmetsch check --fix does it)`,
            span: { start: p.start, end: p.end },
            ...(p.entry ? { entry: p.entry } : {}),
          }),
        ),
      ),
};
