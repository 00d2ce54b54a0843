/** A line of a YAML file as a person reads it: indentation, an optional key, and the value after it. */

export interface ContentLine {
  index: number;
  text: string;
  indent: number;
  /** Column (0-based) where the key or scalar of the line starts, after any `- ` markers. */
  keyColumn: number;
  key: string | undefined;
  /** What follows `key:` (comment removed), or the whole item for a line without a key. */
  value: string;
  valueColumn: number;
}

const KEY_LINE = /^((?:- +)*)([A-Za-z_](?:[\w-]| (?=[\w-]))*)[ \t]*:(?:[ \t]+|$)/; // a plain key may hold single spaces (`Newsroom KO:`)
export const BLOCK_SCALAR = /^[|>][+-]?\d?[+-]?(?:\s+#.*)?$/;

/** Undefined for blank lines, comments and document markers. */
export function parseLine(index: number, text: string): ContentLine | undefined {
  if (text.trim() === '' || /^\s*#/.test(text) || /^(?:---|\.\.\.)(?:\s|$)/.test(text)) return undefined;
  const indent = /^ */.exec(text)![0].length;
  const rest = text.slice(indent);
  const match = KEY_LINE.exec(rest);
  const dashes = /^(?:- +)*/.exec(rest)![0].length;
  const keyColumn = indent + dashes;
  if (match === null) {
    return { index, text, indent, keyColumn, key: undefined, value: stripComment(rest.slice(dashes)), valueColumn: keyColumn };
  }
  const valueColumn = indent + match[0].length;
  return { index, text, indent, keyColumn, key: match[2], value: stripComment(text.slice(valueColumn)), valueColumn };
}

function stripComment(value: string): string {
  if (/^["'[{]/.test(value)) return value.trimEnd();
  return value.replace(/(^|\s)#.*$/, '').trimEnd();
}
