/** Runs the check on a fixture repository the way the CLI does, without a child process. */
import { GLOSSARY_PATH, loadCheckInput, runCheck, sortDiagnostics, type CheckOptions } from '../../src/check/index.ts';
import { readProjectConfig } from '../../src/config/index.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';

export interface FixtureOutcome {
  exitCode: number;
  diagnostics: Diagnostic[];
  suppressed: Array<{ diagnostic: Diagnostic; reason: string }>;
}

export async function checkRepository(root: string, options: CheckOptions = {}): Promise<FixtureOutcome> {
  // A fixture with a dolmetsch.config.yaml checks its languages (a third one: ja), else en and ko.
  const config = await readProjectConfig(root);
  const { languages } = config;
  const { input, problems } = await loadCheckInput(root, languages, options, config);
  const result = runCheck(input);
  const diagnostics = sortDiagnostics([...problems, ...result.diagnostics], GLOSSARY_PATH);
  const exitCode = problems.length > 0 ? 2 : diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  return { exitCode, diagnostics, suppressed: result.suppressed };
}

/** What expected.json lists of a diagnostic: where and which rule. */
export function brief(d: Diagnostic): { file: string; ruleId: string; line?: number; column?: number } {
  return d.line === undefined ? { file: d.file, ruleId: d.ruleId } : { file: d.file, ruleId: d.ruleId, line: d.line, column: d.column! };
}
