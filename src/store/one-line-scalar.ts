/**
 * A one-line string as the value of a block-map key, written exactly as yaml's Document (2.x, core schema,
 * `lineWidth: 0`) writes it: plain when it reads back as the same string, else single- or double-quoted by the
 * same rules (src: yaml/dist/stringify/stringifyString.js). Building a Document per file cost a quarter of a first
 * run's CPU; a property test holds this to the Document's bytes. Strings with a line break are not handled here
 * (undefined): their block or folded form depends on the surroundings.
 */

/** yaml forces double quotes on C0/C1 controls except tab and newline, and on lone surrogates (`isWellFormed`: a
 * `u`-flag class finding them cost four times as much, on every value a new file writes). */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const forcesDouble = (value: string): boolean => CONTROL.test(value) || !(value as WellFormedCheck).isWellFormed();
/** ES2024, in every Node 20 (V8 11.3); the project's `lib` is ES2023. */
type WellFormedCheck = string & { isWellFormed(): boolean };
/** Where a plain scalar would read differently (yaml's own test, for a value that is neither key nor in a flow). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const FLOW_INDICATOR = /[[\]{},]/;
/** Plain text the core schema would read as null, a boolean or a number (the tags' own tests, joined). */
const NOT_A_STRING = new RegExp([
  /^(?:~|[Nn]ull|NULL)?$/, /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, /^0o[0-7]+$/, /^[-+]?[0-9]+$/, /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
].map((test) => test.source).join('|'));
/** The JSON escapes yaml rewrites in a double-quoted string. */
const YAML_ESCAPES: Record<string, string> = {
  '0000': '\\0', '0007': '\\a', '000b': '\\v', '001b': '\\e', '0085': '\\N', '00a0': '\\_', '2028': '\\L', '2029': '\\P',
};

export function oneLineScalar(value: string): string | undefined {
  if (value.includes('\n')) return undefined;
  if (forcesDouble(value)) return doubleQuoted(value);
  if (NOT_PLAIN.test(value) || NOT_A_STRING.test(value)) return quoted(value);
  return value;
}

/** The same string as an item of a flow list or a value in a flow record, where `[ ] { } ,` also need quotes. */
export function flowScalar(value: string): string | undefined {
  if (value.includes('\n')) return undefined;
  return FLOW_INDICATOR.test(value) && !forcesDouble(value) ? quoted(value) : oneLineScalar(value);
}

function quoted(value: string): string {
  const hasDouble = value.includes('"');
  return hasDouble && !value.includes("'") ? `'${value}'` : doubleQuoted(value);
}

export function doubleQuoted(value: string): string {
  // Only `\uXXXX` follows a backslash that JSON wrote as an escape; an escaped backslash is `\\` and is skipped whole.
  return JSON.stringify(value).replace(/\\\\|\\u([0-9a-f]{4})/g, (match, code: string | undefined) => {
    if (code === undefined) return match;
    return YAML_ESCAPES[code] ?? (code.startsWith('00') ? `\\x${code.slice(2)}` : match);
  });
}
