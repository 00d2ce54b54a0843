/** `dolmetsch check`: consistency rules over the glossary and the translation files → Diagnostic[]. */
export { runCheck } from './run-check.ts';
export { checkRepository, type RepositoryCheck } from './check-repository.ts';
export { sortDiagnostics } from '../core/diagnostic.ts';
export { loadCheckInput, GLOSSARY_PATH, type LoadedCheckInput } from './load-check-input.ts';
export { RULES } from './rules/index.ts';
export { RULE_CATALOG, INPUT_RULES, SUPPRESSION_RULES, SUPPRESSIBLE_RULE_IDS, type RuleDescription } from './catalog.ts';
export type { CheckContext, CheckInput, CheckOptions, CheckResult, CheckRule, SegmentView, SuppressedDiagnostic } from './types.ts';
export { planFixes, type FileFix, type FixScope, type SegmentFix } from './fix/plan-fixes.ts';
export { formatFixDiff } from './fix/format-fix-diff.ts';
export { segmentOf } from './rules/finding.ts';
