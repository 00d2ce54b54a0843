/**
 * The hand-editing mistakes that make the yaml parser report a cascade of errors somewhere after the mistake
 * (or on the line before it), found by reading the lines the way a person indents them. Only consulted when the
 * parser has already failed, so a guess here can never reject a valid file.
 */

import { BLOCK_SCALAR, parseLine, type ContentLine } from './content-line.ts';
import { skipValueLines, unclosedValue } from './unclosed-value.ts';

export interface LineMistake {
  /** 1-based. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

export function findLineMistake(text: string): LineMistake | undefined {
  const lines = text.split(/\r\n|\n|\r/);
  const bom = findStrayBom(lines);
  const tab = findTabIndent(lines);
  const structural = findStructuralMistake(lines);
  return [bom, tab, structural].filter((m): m is LineMistake => m !== undefined)
    .sort((a, b) => a.line - b.line || a.column - b.column)[0];
}

function findStrayBom(lines: readonly string[]): LineMistake | undefined {
  for (const [index, text] of lines.entries()) {
    const column = text.indexOf('\uFEFF', index === 0 ? 1 : 0);
    if (column !== -1) return strayBomMistake(index + 1, column + 1);
  }
  return undefined;
}

export function strayBomMistake(line: number, column: number): LineMistake {
  return {
    line, column,
    message: 'an invisible byte-order mark (U+FEFF) in the middle of the file, usually left by pasting two files together',
    hint: `Delete the invisible character at line ${line}, column ${column} (put the cursor there and press Delete once).`,
  };
}

function findTabIndent(lines: readonly string[]): LineMistake | undefined {
  for (const [index, text] of lines.entries()) {
    const leading = /^[ \t]*/.exec(text)![0];
    const tab = leading.indexOf('\t');
    if (tab === -1 || leading.length === text.length) continue;
    const siblings = lines.slice(0, index).reverse().find((l) => l.trim() !== '' && !/^[ \t]*#/.test(l) && !/^[ \t]*\t/.test(l));
    const spaces = siblings === undefined ? 2 : /^ */.exec(siblings.replace(/^( *)- +/, (_m, s: string) => `${s}  `))![0].length;
    return {
      line: index + 1, column: tab + 1,
      message: 'a tab in the indentation; YAML indents with spaces only',
      hint: `Replace the indentation of line ${index + 1} with spaces (likely ${spaces}, like the line above); ` +
        'set your editor to insert spaces for Tab in .yaml files.',
    };
  }
  return undefined;
}

function findStructuralMistake(lines: readonly string[]): LineMistake | undefined {
  /** Columns of the keys and list items that contain the current line, innermost last. */
  const open: number[] = [];
  let previous: ContentLine | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = parseLine(index, lines[index]!);
    if (line === undefined || /^[ \t]*\t/.test(line.text)) continue;
    if (previous !== undefined && line.indent > previous.keyColumn && !opensBlock(previous)) {
      if (line.key !== undefined) return overIndented(line, previous);
      continue; // continuation of a plain multi-line value
    }
    while (open.length > 0 && open.at(-1)! > line.indent) open.pop();
    const parent = open.at(-1);
    if (previous !== undefined && line.indent < previous.keyColumn && parent !== undefined && parent !== line.indent) {
      return underIndented(line, parent, lines);
    }
    if (line.key === undefined && parent === line.indent && previous?.key !== undefined && !line.text.trimStart().startsWith('-')) {
      return missingColon(line);
    }
    if (parent !== line.indent) open.push(line.indent);
    if (line.keyColumn !== line.indent) open.push(line.keyColumn);
    const unclosed = unclosedValue(line, lines);
    if (unclosed !== undefined) return unclosed;
    index = skipValueLines(line, lines);
    previous = line;
  }
  return undefined;
}

/** `key:` with nothing after it, or a block scalar (`|`, `>`): deeper lines belong to it. */
function opensBlock(line: ContentLine): boolean {
  return line.key !== undefined && (line.value === '' || BLOCK_SCALAR.test(line.value));
}

function overIndented(line: ContentLine, previous: ContentLine): LineMistake {
  const spaces = previous.keyColumn;
  return {
    line: line.index + 1, column: line.indent + 1,
    message: `\`${line.key}:\` is indented ${line.indent} spaces, deeper than \`${previous.key ?? previous.value}\` on the line above, ` +
      'so YAML reads it as part of that value',
    hint: `Indent \`${line.key}:\` with ${spaces} spaces, like the other keys of its block.`,
  };
}

function underIndented(line: ContentLine, parent: number, lines: readonly string[]): LineMistake {
  const sibling = lines.slice(0, line.index).reverse().map((t, i) => parseLine(line.index - 1 - i, t))
    .find((l) => l !== undefined && l.indent > line.indent);
  const spaces = sibling?.keyColumn ?? parent;
  const what = line.key === undefined ? 'this line' : `\`${line.key}:\``;
  return {
    line: line.index + 1, column: line.indent + 1,
    message: `${what} is indented ${line.indent} spaces, which matches no block above it`,
    hint: `Indent ${what} with ${spaces} spaces, like the keys of the block it belongs to.`,
  };
}

function missingColon(line: ContentLine): LineMistake {
  const word = /^[^\s:]+/.exec(line.value)?.[0] ?? line.value;
  const rest = line.value.slice(word.length).trim();
  return {
    line: line.index + 1, column: line.keyColumn + word.length + 1,
    message: `\`${word}\` is not followed by a colon, so it is neither a key nor a value`,
    hint: `Add a colon after the key: ${word}: ${rest}`.trimEnd(),
  };
}
