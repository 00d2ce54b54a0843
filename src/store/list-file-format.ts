/**
 * Translation files and the memory share one shape: a few top-level text fields (the frame)
 * and one list of entries identified by a key. A format describes that shape once, so that
 * rendering and comment-preserving patching are written once for both.
 */

/** A field value as it is written to YAML: text, a list of ids, a small record, or a list of records. */
export type FieldValue = string | string[] | Record<string, string> | Array<Record<string, string>>;
/** Fields in canonical order with YAML (snake_case) keys; absent optional fields are left out. */
export type Fields = Array<[string, FieldValue]>;

import type { Document } from 'yaml';

export interface ParsedListFile<M> {
  model: M;
  text: string;
  path: string;
}

export interface ListFileFormat<M, E> {
  /** Header comment lines (without the leading "# ") of a new file. */
  header: readonly string[];
  /** Top-level key of the entry list, written after the frame fields. */
  listKey: string;
  /** Canonical order of an entry's keys: where a key missing from a hand-ordered entry is inserted. */
  entryKeyOrder: readonly string[];
  frameFields(model: M): Fields;
  entries(model: M): readonly E[];
  /** What identifies an entry across versions of the file (segment id; the German for the memory). */
  entryKey(entry: E): string;
  entryFields(entry: E): Fields;
  /** Comment lines (without `#`) to write above an entry: a person's words that came with it from elsewhere. */
  entryComments?(entry: E): readonly string[] | undefined;
  /** The file's parser; `keepSourceTokens` links the nodes to the concrete syntax tree for patching. */
  parse(text: string, path: string, keepSourceTokens?: boolean): ParsedListFile<M> & { document: Document };
  /** The model of a file in the format's own layout without the yaml library, or undefined: then `parse` reads it. */
  readModel?(text: string, path: string): M | undefined;
}

/** Drops absent values and empty lists, keeping the order given. */
export function compactFields(fields: Array<[string, FieldValue | undefined]>): Fields {
  return fields.filter((field): field is [string, FieldValue] => {
    const value = field[1];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
}

export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `# line` comment lines at `column` for an entry that brings comments along; '' for one without. */
export function commentBlock<M, E>(format: ListFileFormat<M, E>, entry: E, column: number, except = ''): string {
  const lines = (format.entryComments?.(entry) ?? []).filter((line) => !except.includes(`#${line}`));
  return lines.map((line) => `${' '.repeat(column)}#${line}\n`).join('');
}

export function bringsComments<M, E>(format: ListFileFormat<M, E>, model: M): boolean {
  return format.entryComments !== undefined && format.entries(model).some((entry) => (format.entryComments!(entry)?.length ?? 0) > 0);
}

/** Whether two models would be written as the same YAML content. */
export function sameContent<M, E>(format: ListFileFormat<M, E>, a: M, b: M): boolean {
  const content = (model: M): string =>
    JSON.stringify([format.frameFields(model), format.entries(model).map((entry) => format.entryFields(entry))]);
  return content(a) === content(b);
}

/** Entry keys must be unique in a model that is about to be written; a duplicate is a bug upstream. */
export function assertUniqueKeys<M, E>(format: ListFileFormat<M, E>, model: M): void {
  const seen = new Set<string>();
  for (const entry of format.entries(model)) {
    const key = format.entryKey(entry);
    if (seen.has(key)) throw new Error(`cannot write ${format.listKey}: the key "${key}" appears twice`);
    seen.add(key);
  }
}
