import type { Document } from 'yaml';
import {
  documentValue, fragmentItem, hasFlowPadding, isBlockCollection, isScalarToken, keyColumn, keyName, parseTokens, removeItem,
  replaceItemBody, setScalar, stringifyTokens, type MapItem,
} from './cst-edit.ts';
import {
  assertUniqueKeys, bringsComments, commentBlock, sameContent, sameValue, type FieldValue, type Fields, type ListFileFormat, type ParsedListFile,
} from './list-file-format.ts';
import { patchEntryLines } from './line-patch.ts';
import { joinLayout, lineLayout, listLayout, type EntrySpan, type ListLayout } from './list-layout.ts';
import { renderEntry, renderListPair, renderNewFile, renderPair } from './list-file-render.ts';

/**
 * Writes `model` over the text it was parsed from, touching only what changed: entries are cut
 * out, inserted and moved as whole lines (with the comments above them), and inside an entry only
 * changed values are replaced on the concrete syntax tree. `existing` is never modified.
 * `continues` maps the key of an entry to the key it had in `existing` when that changed (a revised sentence gets
 * a new id): the entry is then patched in place, keeping its comments and the formatting of what did not change.
 */
export function serializeOverExisting<M, E>(
  format: ListFileFormat<M, E>,
  model: M,
  existing: ParsedListFile<M>,
  continues: ReadonlyMap<string, string> = new Map(),
): string {
  assertUniqueKeys(format, model);
  // The text is the truth about what is on disk: callers may have edited `existing.model` in place.
  // Reading it again also gives a fresh document, so nothing of `existing` is ever modified.
  const before = readAgain(format, existing);
  if (sameContent(format, before.model, model) && !bringsComments(format, model)) return existing.text;
  const patched = patch(format, model, before, continues);
  return readsBackAs(format, patched, model, existing.path) ? patched : renderNewFile(format, model);
}

/** The file's model and its entry list's layout: line by line when the format reads the file so (`readModel`), else through yaml. */
function readAgain<M, E>(format: ListFileFormat<M, E>, existing: ParsedListFile<M>): ParsedListFile<M> & { layout: ListLayout | undefined } {
  const { text, path } = existing;
  const model = format.readModel?.(text, path);
  if (model !== undefined) return { model, text, path, layout: lineLayout(text, format.listKey) };
  const parsed = format.parse(text, path, true);
  return { model: parsed.model, text, path, layout: listLayout(text, parsed.document, format.listKey) };
}

function patch<M, E>(
  format: ListFileFormat<M, E>,
  model: M,
  existing: ParsedListFile<M> & { layout: ListLayout | undefined },
  continues: ReadonlyMap<string, string>,
): string {
  const eol = lineBreakOf(existing.text);
  const layout = existing.layout;
  const frameChanges = changedFields(format.frameFields(existing.model), format.frameFields(model));
  const entries = format.entries(model);
  if (layout === undefined) {
    const oldEntries = format.entries(existing.model).map((entry) => format.entryFields(entry));
    const listChanged = JSON.stringify(oldEntries) !== JSON.stringify(entries.map((entry) => format.entryFields(entry)));
    const list = listChanged ? renderListPair(format, entries) : undefined;
    return patchFrame(existing.text, frameChanges, format.listKey, list, eol);
  }

  const oldByKey = new Map(format.entries(existing.model).map((entry, i) => [format.entryKey(entry), { entry, span: layout.entries[i]! }]));
  const emptyList = entries.length === 0 ? renderListPair(format, []) : undefined;
  const pieces = [patchFrame(layout.head, frameChanges, format.listKey, emptyList, eol)];
  for (const entry of entries) {
    const key = format.entryKey(entry);
    const old = oldByKey.get(continues.get(key) ?? key);
    // Each old entry (with its comments) goes to one new entry only.
    oldByKey.delete(continues.get(key) ?? key);
    const fields = format.entryFields(entry);
    if (old === undefined) {
      pieces.push(withEol(commentBlock(format, entry, layout.dashColumn) + renderEntry(fields, layout.dashColumn), eol));
      continue;
    }
    // Comments an entry brings along go above it, once: those the file already holds on it are not repeated.
    const { leading, content, trailing } = old.span;
    const brought = commentBlock(format, entry, layout.dashColumn, leading + content + trailing);
    const span = { leading: leading + withEol(brought, eol), content, trailing };
    pieces.push(patchEntry(span, format.entryFields(old.entry), fields, format.entryKeyOrder, layout.dashColumn, eol));
  }
  pieces.push(patchFrame(layout.tail, frameChanges, format.listKey, undefined, eol));
  return pieces.join('');
}

function patchEntry(span: EntrySpan, before: Fields, after: Fields, keyOrder: readonly string[], dashColumn: number, eol: string): string {
  const content = /\n$/.test(span.content) ? span.content : span.content + eol;
  if (JSON.stringify(before) === JSON.stringify(after)) return joinLayout({ head: '', entries: [{ ...span, content }], tail: '', dashColumn });
  // The usual edit of a file in the usual layout needs no tokens (line-patch.ts); anything else is tokenised.
  const lines = eol === '\n' ? patchEntryLines(content, before, after, dashColumn) : undefined;
  if (lines !== undefined) return span.leading + lines + span.trailing;
  return patchEntryTokens(span, before, after, keyOrder, dashColumn, eol);
}

/** The entry's changed values set on its concrete syntax tree (exported for the test that holds line-patch.ts to it). */
export function patchEntryTokens(span: EntrySpan, before: Fields, after: Fields, keyOrder: readonly string[], dashColumn: number, eol: string): string {
  const content = /\n$/.test(span.content) ? span.content : span.content + eol;
  const text = joinLayout({ head: '', entries: [{ ...span, content }], tail: '', dashColumn });
  const tokens = parseTokens(text);
  const seq = documentValue(tokens);
  const map = seq?.type === 'block-seq' ? seq.items.find((item) => item.value)?.value : undefined;
  if (map?.type !== 'block-map') {
    return span.leading + withEol(renderEntry(after, dashColumn), eol) + span.trailing;
  }
  patchMap(map.items, text, before, after, keyOrder);
  return withEol(stringifyTokens(tokens), eol);
}

/** Applies the difference between two field lists to the items of a block map. */
function patchMap(items: MapItem[], text: string, before: Fields, after: Fields, keyOrder: readonly string[]): void {
  const column = keyColumn(text, items[0]!);
  const oldValues = new Map(before);
  const newValues = new Map(after);
  for (const key of keyOrder) {
    const value = newValues.get(key);
    if (sameValue(oldValues.get(key), value)) continue;
    const index = items.findIndex((item) => keyName(item) === key);
    if (value === undefined) {
      if (index >= 0) removeItem(items, index, column);
    } else if (index >= 0) {
      setItemValue(items[index]!, key, value, column);
    } else {
      const rank = keyOrder.indexOf(key);
      const before = items.findLastIndex((item) => item.key !== undefined && keyOrder.indexOf(keyName(item) ?? '') < rank);
      items.splice(Math.max(before + 1, 1), 0, fragmentItem(renderPair(key, value, column, true), column));
    }
  }
}

function setItemValue(item: MapItem, key: string, value: FieldValue, column: number): void {
  if (typeof value === 'string' && isScalarToken(item.value)) setScalar(item.value, value);
  else {
    const text = renderPair(key, value, column, !isBlockCollection(item.value), hasFlowPadding(item.value));
    replaceItemBody(item, fragmentItem(text, column));
  }
}

/** Top-level edits: changed frame values, and (when given) the list rewritten as a whole. */
function patchFrame(text: string, changes: Map<string, string>, listKey: string, list: string | undefined, eol: string): string {
  if (changes.size === 0 && list === undefined) return text;
  const tokens = parseTokens(text);
  const root = documentValue(tokens);
  if (root?.type !== 'block-map') return text;
  for (const item of root.items) {
    const key = keyName(item);
    if (key === listKey && list !== undefined) replaceItemBody(item, fragmentItem(list, 0));
    const value = key === undefined ? undefined : changes.get(key);
    if (value === undefined) continue;
    if (isScalarToken(item.value)) setScalar(item.value, value);
    else replaceItemBody(item, fragmentItem(renderPair(key!, value, 0, true), 0));
  }
  return withEol(stringifyTokens(tokens), eol);
}

function changedFields(before: Fields, after: Fields): Map<string, string> {
  const old = new Map(before);
  return new Map(after.filter(([key, value]) => typeof value === 'string' && !sameValue(old.get(key), value)) as Array<[string, string]>);
}

/** CRLF files stay CRLF (decided by the first line break); everything else is written with LF. */
function lineBreakOf(text: string): string {
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

/** Text this module produced uses LF; a piece that was edited takes the file's line break throughout. */
function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
}

/** The safety net: a patch that would not read back as the model is replaced by a fresh file. */
function readsBackAs<M, E>(format: ListFileFormat<M, E>, text: string, model: M, path: string): boolean {
  try {
    return sameContent(format, format.readModel?.(text, path) ?? format.parse(text, path).model, model);
  } catch {
    return false;
  }
}
