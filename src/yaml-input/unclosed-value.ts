/** Quotes and brackets that open on one line: where they close, and the mistake when they never do. */
import { BLOCK_SCALAR, parseLine, type ContentLine } from './content-line.ts';
import type { LineMistake } from './line-scan.ts';

/** A quote or bracket opened on this line and still open when the next key of the same block begins. */
export function unclosedValue(line: ContentLine, lines: readonly string[]): LineMistake | undefined {
  const opener = line.value[0];
  if (opener !== '"' && opener !== "'" && opener !== '[' && opener !== '{') return undefined;
  if (closingLine(line, lines) !== undefined) return undefined;
  const closer = { '"': '"', "'": "'", '[': ']', '{': '}' }[opener];
  const kind = opener === '[' ? 'list' : opener === '{' ? 'mapping' : 'quote';
  const example = kind === 'quote' ? `${line.key ?? 'target'}: ${line.value}${closer}` : `${line.value.replace(/,\s*$/, '')}${closer}`;
  return {
    line: line.index + 1, column: line.valueColumn + 1,
    message: `this ${kind === 'quote' ? `${opener}quote` : `${opener} (a ${kind})`} is never closed`,
    hint: `Close it with ${closer} at the end of its value, e.g. ${example}`,
  };
}

interface ScanState {
  quote: string;
  depth: number;
  started: boolean;
  /** The last character outside quotes that was not a space. */
  previous: string;
}

/** Index of the line where the value opened on `line` closes, or undefined when a later key comes first. */
function closingLine(line: ContentLine, lines: readonly string[]): number | undefined {
  const state: ScanState = { quote: '', depth: 0, started: false, previous: '' };
  for (let index = line.index; index < lines.length; index++) {
    const text = index === line.index ? line.text.slice(line.valueColumn) : lines[index]!;
    if (index > line.index) {
      const next = parseLine(index, text);
      if (next !== undefined && next.key !== undefined && next.indent <= line.keyColumn) return undefined;
    }
    if (scanCloses(text, state)) return index;
  }
  return undefined;
}

function scanCloses(text: string, state: ScanState): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const previous = state.previous;
    if (c !== ' ' && c !== '\t') state.previous = c;
    if (state.quote !== '') {
      if (state.quote === '"' && c === '\\') i += 1;
      else if (c === state.quote && state.quote === "'" && text[i + 1] === "'") i += 1;
      else if (c === state.quote) {
        state.quote = '';
        if (state.depth === 0) return true;
      }
    } else if (c === '"' || c === "'") {
      // Only where a scalar begins: the apostrophe in `Shoygu's` is a letter.
      if (!state.started || /[[{,:]/.test(previous)) state.quote = c;
      state.started = true;
    } else if (c === '[' || c === '{') {
      state.depth += 1;
      state.started = true;
    } else if (c === ']' || c === '}') {
      state.depth -= 1;
      if (state.depth <= 0) return true;
    } else if (c === '#' && state.depth === 0) {
      return false;
    }
  }
  return false;
}

/** The last line of a value that spans lines (closed quote or bracket), so its inner lines are not read as keys. */
export function skipValueLines(line: ContentLine, lines: readonly string[]): number {
  if (line.key !== undefined && BLOCK_SCALAR.test(line.value)) {
    let last = line.index;
    for (let index = line.index + 1; index < lines.length; index++) {
      const text = lines[index]!;
      if (text.trim() === '') continue;
      if (/^ */.exec(text)![0].length <= line.keyColumn) break;
      last = index;
    }
    return last;
  }
  if (!/^["'[{]/.test(line.value)) return line.index;
  return closingLine(line, lines) ?? line.index;
}
