/** Term candidates from German sources, with equivalents proposed from the aligned translations. */
export { findTerms, type FindTermsOptions, type GermanMatcher, type TermsReport } from './find-terms.ts';
export type { Inconsistency, Place, Rendering } from './inconsistent.ts';
export type { AlignedSegment, AlignedTarget, Candidate, Evidence, TargetProposal } from './types.ts';
export { alignArticles, type ArticleToAlign } from './align-articles.ts';
export { addProposedEntries, type AddedEntries } from './glossary-entry.ts';
