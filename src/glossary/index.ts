export { loadGlossary, emptyGlossary } from './load.ts';
export { glossaryFromSnapshot, glossarySnapshot, type GlossarySnapshot } from './snapshot.ts';
export { ENTRY_KINDS, DERIVE_RULES, targetTermsOf } from './types.ts';
export type {
  DeriveRule,
  EntryKind,
  GermanTerms,
  Glossary,
  GlossaryEntry,
  GlossaryExample,
  TargetMatch,
  TargetMatchKind,
  TargetTerms,
  TermMatch,
} from './types.ts';
export { CONFUSABLE_TO_LATIN, INVISIBLE, INVISIBLE_NAMES } from './confusables.ts';
export { charAt, charBefore } from './term-characters.ts';
export { insideException } from './match-target.ts';
export { isAllCaps } from './letter-case.ts';
