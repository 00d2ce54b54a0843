import { Document, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { commentBlock, type FieldValue, type Fields, type ListFileFormat } from './list-file-format.ts';
import { flowScalar, oneLineScalar } from './one-line-scalar.ts';

/** Long strings are never folded: a translator edits one sentence on one line. */
const TO_STRING = { lineWidth: 0 } as const;

/**
 * A whole new file: header comment, frame fields, then the entry list in block style. Values are written line by
 * line (`one-line-scalar.ts`: plain or quoted as the Document would); only a value with a line break, or a list or
 * record item that needs quoting, sends the entry (or, for a line break, the file) through the yaml Document. Both
 * ways give the same bytes (a property test holds them to it).
 */
export function renderNewFile<M, E>(format: ListFileFormat<M, E>, model: M): string {
  const header = format.header.map((line) => `# ${line}\n`).join('');
  const frame = format.frameFields(model).map(([key, value]) => simpleLine(key, value));
  if (frame.some((line) => line === undefined)) return renderNewFileWithDocument(format, model);
  const entries = format.entries(model);
  if (entries.length === 0) return `${header}${frame.join('')}${format.listKey}: []\n`;
  let body = `${header}${frame.join('')}${format.listKey}:\n`;
  for (const entry of entries) {
    const fields = format.entryFields(entry);
    const lines = entryLines(fields, 2);
    body += commentBlock(format, entry, 2);
    if (lines !== undefined) body += lines;
    else if (fields.every(([, value]) => typeof value !== 'string' || !value.includes('\n'))) {
      // A one-line value is written the same way in any context: the Document renders just this entry.
      body += renderEntryWithDocument(fields, 2);
    } else {
      return renderNewFileWithDocument(format, model);
    }
  }
  return body;
}

/** The Document-based rendering, for values that need quoting or escaping. */
export function renderNewFileWithDocument<M, E>(format: ListFileFormat<M, E>, model: M): string {
  const header = format.header.map((line) => `# ${line}\n`).join('');
  const doc = new Document();
  const root = new YAMLMap();
  for (const [key, value] of format.frameFields(model)) root.add(doc.createPair(key, fieldNode(doc, value, true)));
  root.add(doc.createPair(format.listKey, entryList(doc, format, format.entries(model))));
  doc.contents = root;
  return header + doc.toString(TO_STRING);
}

/** One list item ("- key: …") whose dash sits at `column`. */
export function renderEntry(fields: Fields, column: number): string {
  return entryLines(fields, column) ?? renderEntryWithDocument(fields, column);
}

/** The entry's lines when every value is written on its key's line without the Document; else undefined. */
export function entryLines(fields: Fields, column: number): string | undefined {
  if (fields.length === 0) return undefined;
  const pad = ' '.repeat(column);
  let text = '';
  for (let i = 0; i < fields.length; i++) {
    const line = simpleLine(fields[i]![0], fields[i]![1]);
    if (line === undefined) return undefined;
    text += i === 0 ? `${pad}- ${line}` : `${pad}  ${line}`;
  }
  return text;
}

/** The Document's rendering of one list item, the reference for `entryLines`. */
export function renderEntryWithDocument(fields: Fields, column: number): string {
  const doc = new Document();
  const seq = new YAMLSeq();
  seq.items.push(entryMap(doc, fields));
  doc.contents = seq;
  return indentLines(doc.toString(TO_STRING), column);
}

/** One "key: value" line (or block) at `column`; collections flow or block, `[ padded ]` or not, as asked. */
export function renderPair(key: string, value: FieldValue, column: number, flow: boolean, padding = true): string {
  const doc = new Document();
  const root = new YAMLMap();
  root.add(doc.createPair(key, fieldNode(doc, value, flow)));
  doc.contents = root;
  return indentLines(doc.toString({ ...TO_STRING, flowCollectionPadding: padding }), column);
}

/** "listKey: []" or the whole list in block style, at column 0. */
export function renderListPair<M, E>(format: ListFileFormat<M, E>, entries: readonly E[]): string {
  const doc = new Document();
  const root = new YAMLMap();
  root.add(doc.createPair(format.listKey, entryList(doc, format, entries)));
  doc.contents = root;
  return doc.toString(TO_STRING);
}

function entryList<M, E>(doc: Document, format: ListFileFormat<M, E>, entries: readonly E[]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const entry of entries) {
    const map = entryMap(doc, format.entryFields(entry));
    const comments = format.entryComments?.(entry) ?? [];
    if (comments.length > 0) map.commentBefore = comments.join('\n');
    seq.items.push(map);
  }
  if (entries.length === 0) seq.flow = true;
  return seq;
}

function entryMap(doc: Document, fields: Fields): YAMLMap {
  const map = new YAMLMap();
  for (const [key, value] of fields) map.add(doc.createPair(key, fieldNode(doc, value, true)));
  return map;
}

function fieldNode(doc: Document, value: FieldValue, flow: boolean): Node {
  return doc.createNode(value, { flow: flow && typeof value !== 'string' });
}

/**
 * Shifts a rendered block right; a uniform shift keeps every YAML block (and block scalar) valid. Lines are split at
 * `\n` only: a `^` with the `m` flag also starts a line after U+2028/U+2029, which yaml writes raw inside a value.
 */
export function indentLines(text: string, column: number): string {
  if (column === 0) return text;
  const pad = ' '.repeat(column);
  return text.replace(/(^|\n)(?=[^\n])/g, `$1${pad}`);
}

/** Keys inside `{ … }`: written bare by the Document. */
const FLOW_KEY = /^(?!(?:true|false|null)$)[a-z][a-z0-9_-]*$/i;

/** `key: value\n` written as the Document would write it (`[ a, b ]`, `{ k: v }` for lists and records); else undefined. */
export function simpleLine(key: string, value: FieldValue): string | undefined {
  if (typeof value === 'string') {
    const scalar = oneLineScalar(value);
    return scalar === undefined ? undefined : `${key}: ${scalar}\n`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || !value.every((item): item is string => typeof item === 'string')) return undefined;
    const items = value.map(flowScalar);
    return items.every((item) => item !== undefined) ? `${key}: [ ${items.join(', ')} ]\n` : undefined;
  }
  const pairs = Object.entries(value);
  if (pairs.length === 0 || !pairs.every(([k]) => FLOW_KEY.test(k))) return undefined;
  const values = pairs.map(([, v]) => flowScalar(v));
  return values.every((v) => v !== undefined) ? `${key}: { ${pairs.map(([k], i) => `${k}: ${values[i]}`).join(', ')} }\n` : undefined;
}
