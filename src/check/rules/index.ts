/** Every check rule, in the order their findings are computed. */
import type { CheckRule } from '../types.ts';
import { dateMismatch } from './date-mismatch.ts';
import { emptyTarget } from './empty-target.ts';
import { glossaryAllCaps } from './glossary-all-caps.ts';
import { glossaryDntAltered } from './glossary-dnt-altered.ts';
import { glossaryExampleFails } from './glossary-example-fails.ts';
import { glossaryForbiddenVariant } from './glossary-forbidden-variant.ts';
import { glossaryMissingTarget } from './glossary-missing-target.ts';
import { glossaryLanguageMissing } from './glossary-language-missing.ts';
import { numberMismatch } from './number-mismatch.ts';
import { koreanParticle } from './korean-particle.ts';
import { quoteStyle } from './quote-style.ts';
import { urlMismatch } from './url-mismatch.ts';
import { untranslated } from './untranslated.ts';
import { inconsistentTranslation } from './inconsistent-translation.ts';
import { reviewFlagged } from './review-flagged.ts';
import { staleSegment } from './stale-segment.ts';
import { termInconsistent } from './term-inconsistent.ts';
import { invisibleCharacter, lookalikeCharacter } from './suspicious-characters.ts';

export const RULES: readonly CheckRule[] = [
  glossaryExampleFails,
  glossaryMissingTarget,
  glossaryLanguageMissing,
  glossaryForbiddenVariant,
  glossaryDntAltered,
  glossaryAllCaps,
  inconsistentTranslation,
  staleSegment,
  emptyTarget,
  reviewFlagged,
  invisibleCharacter,
  lookalikeCharacter,
  numberMismatch,
  dateMismatch,
  koreanParticle,
  quoteStyle,
  urlMismatch,
  untranslated,
  termInconsistent,
];
