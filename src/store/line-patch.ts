/**
 * An entry patched line by line, for the common edit of a file in dolmetsch's own layout: values replaced on lines
 * that hold one key each, written exactly as the token patch (`cst-edit.ts` setScalar, `renderPair`) writes them —
 * a plain value stays plain when the new text can, a double-quoted one stays double-quoted, a `{ … }` or `[ … ]`
 * is written again in the same padded flow style; a key whose value went away loses its line. Anything else (a
 * comment inside the entry, single quotes, block values, a key to insert, a line break in a value) gives undefined:
 * the caller tokenises the entry as before. A property test holds it to the token patch's bytes.
 */
import { sameValue, type FieldValue, type Fields } from './list-file-format.ts';
import { simpleLine } from './list-file-render.ts';
import { doubleQuoted, oneLineScalar } from './one-line-scalar.ts';

const KEY_LINE = /^( *)(- |  )([a-z_]+): (.+)$/s;

export function patchEntryLines(content: string, before: Fields, after: Fields, dashColumn: number): string | undefined {
  if (!content.endsWith('\n') || content.includes('\r')) return undefined;
  const lines = content.slice(0, -1).split('\n');
  const oldValues = new Map(before);
  const newValues = new Map(after);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    const match = KEY_LINE.exec(line);
    if (!match || match[1]!.length !== dashColumn || (match[2] === '- ') !== (i === 0)) return undefined;
    const [, pad, lead, key, raw] = match as unknown as [string, string, string, string, string];
    const old = oldValues.get(key);
    if (old === undefined || seen.has(key) || `${key}: ${raw}\n` !== simpleLine(key, old) && !isDoubleQuotedLine(raw, old)) return undefined;
    seen.add(key);
    const value = newValues.get(key);
    if (value === undefined) {
      if (i === 0) return undefined;
      continue;
    }
    const written = sameValue(value, old) ? raw : rewritten(raw, old, value);
    if (written === undefined) return undefined;
    out.push(`${pad}${lead}${key}: ${written}`);
  }
  // Every key of the entry was on a line of its own, and no key is new.
  if (seen.size !== oldValues.size || after.some(([key]) => !seen.has(key))) return undefined;
  return `${out.join('\n')}\n`;
}

/** A value already written as `{ … }`/`[ … ]`, plain or double-quoted, written anew in the same style. */
function rewritten(raw: string, old: FieldValue, value: FieldValue): string | undefined {
  if (typeof value !== 'string') {
    if (typeof old === 'string') return undefined;
    const line = simpleLine('k', value);
    return line === undefined ? undefined : line.slice(3, -1);
  }
  if (typeof old !== 'string' || value.includes('\n')) return undefined;
  const plain = oneLineScalar(value) === value;
  // An empty value is quoted only because it is empty: a plain-safe text replaces it plain.
  if (raw === '""' && plain) return value;
  if (raw.startsWith('"')) return doubleQuoted(value);
  if (raw === old) return plain ? value : doubleQuoted(value);
  return undefined;
}

/** `raw` is the double-quoted writing of `value` (not necessarily the renderer's choice, which may be plain or single). */
function isDoubleQuotedLine(raw: string, value: FieldValue): boolean {
  return typeof value === 'string' && !value.includes('\n') && raw === doubleQuoted(value);
}
