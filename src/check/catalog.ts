/**
 * Every rule id the check can report, with its default severity and what it catches: the rules that look at
 * translations, the problems of the input files (reported under the loaders' own ids, exit 2), and the
 * runner's checks of suppressions. Reports (SARIF) and the README's table are made from it.
 */
import type { Severity } from '../core/diagnostic.ts';
import { RULES } from './rules/index.ts';

export interface RuleDescription {
  id: string;
  severity: Severity;
  summary: string;
}

/** Problems that make the input unusable: the CLI exits 2 when any of them is found. */
export const INPUT_RULES: readonly RuleDescription[] = [
  { id: 'glossary-missing', severity: 'error', summary: 'The project has no glossary.yaml at its root.' },
  { id: 'glossary-invalid', severity: 'error', summary: 'glossary.yaml cannot be used; reported under the loader’s ids (yaml-syntax, glossary-unknown-key, glossary-missing-key, glossary-invalid-value, glossary-empty-term, glossary-duplicate-id, glossary-duplicate-term, glossary-yaml-alias).' },
  { id: 'yaml-syntax', severity: 'error', summary: 'A glossary or translation file is not valid YAML.' },
  { id: 'translation-schema', severity: 'error', summary: 'A translation file does not have the documented shape (see src/store/README.md); reported under the store’s ids.' },
  { id: 'encoding', severity: 'error', summary: 'A YAML file is not UTF-8.' },
];

export const SUPPRESSION_RULES: readonly RuleDescription[] = [
  { id: 'suppression-invalid', severity: 'error', summary: 'A suppression names no known rule or gives no reason.' },
  { id: 'suppression-unused', severity: 'note', summary: 'A suppression silences nothing (the problem is fixed, or the rule id is not the one reported).' },
];

export const RULE_CATALOG: readonly RuleDescription[] = [
  ...RULES.map(({ id, severity, summary }) => ({ id, severity, summary })),
  ...SUPPRESSION_RULES,
  ...INPUT_RULES,
];

/** Ids a segment's `suppress:` may name. */
export const SUPPRESSIBLE_RULE_IDS: ReadonlySet<string> = new Set(RULES.filter((r) => r.id !== 'glossary-example-fails').map((r) => r.id));
