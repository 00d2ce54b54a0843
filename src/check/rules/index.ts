/** Every check rule, in the order their findings are computed. */
import type { CheckRule } from '../types.ts';
import { emptyTarget } from './empty-target.ts';
import { glossaryDntAltered } from './glossary-dnt-altered.ts';
import { glossaryExampleFails } from './glossary-example-fails.ts';
import { glossaryForbiddenVariant } from './glossary-forbidden-variant.ts';
import { glossaryMissingTarget } from './glossary-missing-target.ts';
import { inconsistentTranslation } from './inconsistent-translation.ts';
import { reviewFlagged } from './review-flagged.ts';
import { staleSegment } from './stale-segment.ts';
import { termInconsistent } from './term-inconsistent.ts';
import { invisibleCharacter, lookalikeCharacter } from './suspicious-characters.ts';

export const RULES: readonly CheckRule[] = [
  glossaryExampleFails,
  glossaryMissingTarget,
  glossaryForbiddenVariant,
  glossaryDntAltered,
  inconsistentTranslation,
  staleSegment,
  emptyTarget,
  reviewFlagged,
  invisibleCharacter,
  lookalikeCharacter,
  termInconsistent,
];
