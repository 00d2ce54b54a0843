/**
 * One diagnostic per syntax mistake. The yaml parser reports where it got lost, which after a tab, a wrong indent or
 * an unclosed bracket is a line or two away, followed by knock-on errors with fixes that do not fit. The line scan
 * finds the mistake a person made; the parser's first error is the fallback, with a hint chosen for its code.
 */
import { CST, Parser, type LineCounter, type YAMLError } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.ts';
import { findLineMistake, strayBomMistake } from './line-scan.ts';

const SYNTAX_HINTS: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT: 'Indent this line like the other keys of its block, with spaces.',
  TAB_AS_INDENT: 'Replace the tab with spaces.',
  MISSING_CHAR: 'Close the quote or bracket that opens here, at the end of its value.',
  BAD_DQ_ESCAPE: 'Inside "double quotes" write a backslash as \\\\, or use single quotes.',
};
const DEFAULT_SYNTAX_HINT = 'Fix the YAML on this line; when a value contains ": ", " #" or starts with a quote or bracket, put the whole value in double quotes.';

/** The one `yaml-syntax` diagnostic for a text the parser rejected, or for a byte-order mark inside it. */
export function syntaxDiagnostic(text: string, errors: readonly YAMLError[], file: string, lineCounter: LineCounter): Diagnostic | undefined {
  if (errors.length === 0) {
    const bom = text.indexOf('\uFEFF', 1);
    if (bom === -1) return undefined;
    const { line, col } = lineCounter.linePos(bom);
    return fromMistake(file, strayBomMistake(line, col));
  }
  const mistake = findLineMistake(text);
  if (mistake !== undefined) return fromMistake(file, mistake);
  const first = [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0]!;
  const start = first.code === 'MISSING_CHAR' ? unclosedQuoteStart(text, first.pos[0]) ?? first.pos[0] : first.pos[0];
  const { line, col } = lineCounter.linePos(start);
  return {
    ruleId: 'yaml-syntax', severity: 'error', file, line, column: col,
    message: `YAML syntax: ${firstLine(first.message)}`,
    hint: colonInValueHint(text, first, lineCounter) ?? SYNTAX_HINTS[first.code] ?? DEFAULT_SYNTAX_HINT,
  };
}

function fromMistake(file: string, mistake: { line: number; column: number; message: string; hint: string }): Diagnostic {
  return { ruleId: 'yaml-syntax', severity: 'error', file, line: mistake.line, column: mistake.column, message: `YAML syntax: ${mistake.message}`, hint: mistake.hint };
}

/** `target: Note: this` — a value with ": " inside reads as a second key; quoting the value is the fix. */
function colonInValueHint(text: string, error: YAMLError, lineCounter: LineCounter): string | undefined {
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' && error.code !== 'MULTILINE_IMPLICIT_KEY') return undefined;
  const { line } = lineCounter.linePos(error.pos[0]);
  const lineText = text.split(/\r\n|\n|\r/)[line - 1] ?? '';
  const match = /^(\s*(?:- +)*[\w-]+:\s+)(.*\S)\s*$/.exec(lineText);
  if (match === null || !/:\s/.test(match[2]!)) return undefined;
  const value = match[2]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `The value contains ": ", which YAML reads as a new key; put the whole value in double quotes: ${match[1]!.trim()} "${value}"`;
}

/** yaml reports an unclosed quote where the file ends; the translator needs the place where it opens. */
function unclosedQuoteStart(text: string, offset: number): number | undefined {
  let start: number | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      const value = item.value;
      const quoted = value?.type === 'double-quoted-scalar' || value?.type === 'single-quoted-scalar';
      if (quoted && value.offset <= offset && offset <= value.offset + value.source.length) start = value.offset;
    });
  }
  return start;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!.replace(/\s+at line \d+, column \d+:?$/, '');
}
