/** The check without a file system: glossary + parsed translation files in, findings out. */
import { sortDiagnostics } from '../core/diagnostic.ts';
import { createContext } from './context.ts';
import { RULES } from './rules/index.ts';
import { applySuppressions } from './suppressions.ts';
import type { CheckInput, CheckResult } from './types.ts';

export function runCheck(input: CheckInput): CheckResult {
  const context = createContext(input);
  const findings = RULES.flatMap((rule) => rule.run(context));
  const { diagnostics, suppressed } = applySuppressions(findings, context.segments);
  return { diagnostics: sortDiagnostics(diagnostics, input.glossary.path), suppressed };
}
