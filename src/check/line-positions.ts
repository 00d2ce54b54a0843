/**
 * Where a segment's field is in a translation file in dolmetsch's own layout, found from its lines instead of a
 * yaml document: a cold check parsed every file with yaml only for line and column, a quarter of its CPU time.
 * The file is read line by line (store/canonical-translation.ts); one that reader leaves to yaml is parsed with
 * yaml at once, as before. Only a present one-line field is located here; anything else (a segment without the
 * field, a suppression) asks the yaml document, which is then parsed once, on demand — so every location is the
 * one yaml gives.
 */
import { parseTranslationFile, readCanonicalTranslation, withLazyDocument, yamlKey, type ParsedTranslationFile } from '../store/index.ts';
import type { Location } from './types.ts';

/** The line (0-based) of each field of each segment, by the field's YAML key. */
type FieldLines = Array<Map<string, number>>;

interface LineIndex {
  lines: string[] | undefined;
  fields: FieldLines | undefined;
}

const lineIndexOf = new WeakMap<ParsedTranslationFile, LineIndex>();

/** `parse`: the yaml way, for a file the line reader does not take (and, on demand, for locations it cannot give). */
export function readForCheck(text: string, path: string, parse: typeof parseTranslationFile = parseTranslationFile): ParsedTranslationFile {
  const model = readCanonicalTranslation(text, path);
  if (model === undefined) return parse(text, path);
  const parsed = withLazyDocument(model, text, path, parse);
  lineIndexOf.set(parsed, { lines: undefined, fields: undefined });
  return parsed;
}

/**
 * The field's location (and the span's, inside a value written as it reads) from the file's lines; undefined where
 * only the yaml document can tell (the file was not read line by line, or the segment has no such field).
 */
export function lineLocation(parsed: ParsedTranslationFile, segmentIndex: number, field: string | undefined, span?: { start: number; end: number }): Location | undefined {
  const index = lineIndexOf.get(parsed);
  if (index === undefined || field === undefined) return undefined;
  const key = yamlKey(field);
  index.lines ??= parsed.text.split('\n');
  index.fields ??= fieldLines(index.lines);
  const at = index.fields[segmentIndex]?.get(key);
  if (at === undefined) return undefined;
  const line = index.lines[at]!;
  const valueStart = line.indexOf(`${key}: `) + key.length + 2;
  const whole = { file: parsed.path, line: at + 1, column: valueStart + 1, endLine: at + 1, endColumn: line.length + 1 };
  if (span === undefined) return whole;
  const value = (parsed.model.segments[segmentIndex] as unknown as Record<string, unknown>)[field];
  const shift = typeof value === 'string' ? contentShift(line.slice(valueStart), value) : undefined;
  if (shift === undefined) return whole;
  return { ...whole, column: whole.column + shift + span.start, endColumn: whole.column + shift + span.end };
}

/**
 * How many characters a one-line value's text starts after its raw text (plain 0, quoted 1), when that is the same on
 * every column: written plain, or quoted without escapes; undefined otherwise. scalar-position.ts asks it too.
 */
export function contentShift(raw: string, value: string): number | undefined {
  if (raw.startsWith('"')) return raw === `"${value}"` ? 1 : undefined;
  if (raw.startsWith("'")) return raw === `'${value}'` ? 1 : undefined;
  return raw === value ? 0 : undefined;
}

const ENTRY_START = /^ *- ([a-z_]+): /;
const FIELD = /^ *([a-z_]+): /;

/** In a file the line reader took: every segment starts with a dash line, every other field line is a key line. */
function fieldLines(lines: readonly string[]): FieldLines {
  const segments: FieldLines = [];
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!inList) {
      inList = line === 'segments:';
      continue;
    }
    const first = ENTRY_START.exec(line);
    if (first) segments.push(new Map([[first[1]!, i]]));
    else {
      const pair = FIELD.exec(line);
      if (pair) segments.at(-1)?.set(pair[1]!, i);
    }
  }
  return segments;
}
