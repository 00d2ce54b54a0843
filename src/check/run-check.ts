/** The check without a file system: glossary + parsed translation files in, findings out. */
import type { Diagnostic } from '../core/diagnostic.ts';
import { compareText, createContext } from './context.ts';
import { RULES } from './rules/index.ts';
import { applySuppressions } from './suppressions.ts';
import type { CheckInput, CheckResult } from './types.ts';

export function runCheck(input: CheckInput): CheckResult {
  const context = createContext(input);
  const findings = RULES.flatMap((rule) => rule.run(context));
  const { diagnostics, suppressed } = applySuppressions(findings, context.segments);
  return { diagnostics: sortDiagnostics(diagnostics, input.glossary.path), suppressed };
}

/** The glossary first, then files by path; inside a file top to bottom, so a translator can fix them in order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], glossaryPath = 'glossary.yaml'): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.file === glossaryPath ? 0 : 1);
  return [...diagnostics].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareText(a.ruleId, b.ruleId),
  );
}
