import { Document, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { FieldValue, Fields, ListFileFormat } from './list-file-format.ts';

/** Long strings are never folded: a translator edits one sentence on one line. */
const TO_STRING = { lineWidth: 0 } as const;

/** A whole new file: header comment, frame fields, then the entry list in block style. */
export function renderNewFile<M, E>(format: ListFileFormat<M, E>, model: M): string {
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
  for (const entry of entries) seq.items.push(entryMap(doc, format.entryFields(entry)));
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

/** Shifts a rendered block right; a uniform shift keeps every YAML block (and block scalar) valid. */
export function indentLines(text: string, column: number): string {
  if (column === 0) return text;
  const pad = ' '.repeat(column);
  return text.replace(/^(?=[^\n])/gm, pad);
}
