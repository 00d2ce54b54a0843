/** A problem attached to a place in a file: the one shape every checker and validator reports in. */

export type Severity = 'error' | 'warning' | 'note';

export interface Diagnostic {
  /** Stable rule id, e.g. `yaml-syntax`, `glossary-forbidden-variant`. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the repository root, forward slashes. */
  file: string;
  /** 1-based; absent when the problem concerns the whole file. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** How to fix it, in one sentence. */
  hint?: string;
  /** The glossary entry id the finding is about, for scripts and code scanning (not only in the message). */
  entry?: string;
}

/**
 * Input that cannot be used as it is (bad YAML, a bad glossary, an unreadable source).
 * An expected failure: the CLI prints the diagnostics and exits 2; nothing has been written.
 */
export class InputError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnosticLine).join('\n'));
    this.name = 'InputError';
    this.diagnostics = diagnostics;
  }
}

export function formatDiagnosticLine(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  const hint = d.hint ? `\n  fix: ${d.hint}` : '';
  return `${where}: ${d.severity}: ${d.message} [${d.ruleId}]${hint}`;
}

/**
 * The order every report uses: the glossary first (every file depends on it), then files by path, inside a file top
 * to bottom, so a translator can fix problems in order. Code-point order, the same on every machine.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], glossaryPath = 'glossary.yaml'): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.file === glossaryPath ? 0 : 1);
  return [...diagnostics].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareCodePoints(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareCodePoints(a.ruleId, b.ruleId),
  );
}

/** Code-point order, the same on every machine (localeCompare is not). */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
