/**
 * The one reader of hand-edited YAML (glossary.yaml, translation and memory files): it turns a parsed document's
 * nodes into places (file:line:col) and collects every problem as a Diagnostic instead of stopping at the first.
 * Each file kind adds its own field readers and wording on top (glossary/glossary-reader.ts,
 * store/translation-reader.ts); where a problem is, and how it is recorded, is decided here once.
 */
import type { LineCounter, Node } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.ts';

export class YamlReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    protected readonly lineCounter: LineCounter,
  ) {}

  /** 1-based line and column of an offset in the text. */
  position(offset: number): { line: number; column: number } {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  lineOf(offset: number): number {
    return this.position(offset).line;
  }

  /** A problem at one point of the text. */
  reportAt(offset: number, ruleId: string, message: string, hint: string): void {
    this.diagnostics.push({ ruleId, severity: 'error', message, file: this.file, ...this.position(offset), hint });
  }

  /** A problem spanning a node (start to end of its value); the start of the file when there is no node. */
  reportNode(ruleId: string, node: Node | null | undefined, message: string, hint: string): void {
    const range = node?.range ?? [0, 0];
    const start = this.position(range[0] ?? 0);
    const end = this.position(range[1] ?? range[0] ?? 0);
    this.diagnostics.push({ ruleId, severity: 'error', message, file: this.file, ...start, endLine: end.line, endColumn: end.column, hint });
  }
}
