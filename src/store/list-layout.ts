import { isMap, isScalar, isSeq, type Document } from 'yaml';

/**
 * The text of a file cut along its entry list, so entries can be dropped, inserted and moved as
 * whole lines. Comments go with the entry below them (the usual reading of a comment above an
 * item); comment lines indented deeper than the dash right after an entry stay with that entry.
 * `head + items.map(leading + content + trailing) + tail` is exactly the original text.
 */
export interface EntrySpan {
  /** Blank lines and comments above the entry. */
  leading: string;
  /** From the line with the dash to the end of the entry's last line. */
  content: string;
  /** Comment lines right after the entry, indented deeper than its dash. */
  trailing: string;
}

export interface ListLayout {
  /** Everything up to and including the line of the list key. */
  head: string;
  entries: EntrySpan[];
  /** Everything after the last entry. */
  tail: string;
  /** Column of the dash of the first entry. */
  dashColumn: number;
}

/** Undefined when the list is not a non-empty block sequence (then it is rewritten as a whole). */
export function listLayout(text: string, document: Document, listKey: string): ListLayout | undefined {
  const root = document.contents;
  if (!isMap(root)) return undefined;
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === listKey);
  const seq = pair?.value;
  const token = isSeq(seq) ? seq.srcToken : undefined;
  if (!isSeq(seq) || token?.type !== 'block-seq' || seq.items.length === 0 || !isScalar(pair?.key)) return undefined;
  const dashes = token.items.flatMap((item) => item.start.filter((t) => t.type === 'seq-item-ind').map((t) => t.offset));
  if (dashes.length !== seq.items.length) return undefined;

  const headEnd = lineEnd(text, pair.key.range?.[1] ?? 0);
  const starts = dashes.map((dash) => text.lastIndexOf('\n', dash - 1) + 1);
  const ends = seq.items.map((item) => (item as { range?: number[] }).range?.[1]).map((end) => lineEnd(text, (end ?? 1) - 1));
  const dashColumn = dashes[0]! - starts[0]!;
  for (let i = 0; i < starts.length; i++) {
    const onlySpacesBeforeDash = text.slice(starts[i], dashes[i]).trim() === '';
    const ordered = starts[i]! >= (i === 0 ? headEnd : ends[i - 1]!) && ends[i]! > dashes[i]!;
    if (!onlySpacesBeforeDash || !ordered) return undefined;
  }

  return layoutOf(text, headEnd, starts, ends, dashColumn);
}

/**
 * The same layout as `listLayout`, found from the lines alone, for a file the format read line by line
 * (`ListFileFormat.readModel`: only the list key's line and entries of `- key: value` lines, comments and blank lines
 * below the frame): an entry runs from its dash to its last line that is neither blank nor a comment.
 */
export function lineLayout(text: string, listKey: string): ListLayout | undefined {
  const lines = text.split('\n');
  let offset = 0;
  let head: number | undefined;
  const starts: number[] = [];
  const ends: number[] = [];
  let dashColumn = -1;
  for (const line of lines) {
    const next = offset + line.length + 1;
    const trimmed = line.trimStart();
    if (head === undefined) {
      if (line === `${listKey}:`) head = Math.min(next, text.length);
    } else if (trimmed.startsWith('- ')) {
      if (dashColumn < 0) dashColumn = line.length - trimmed.length;
      starts.push(offset);
      ends.push(Math.min(next, text.length));
    } else if (trimmed !== '' && !trimmed.startsWith('#') && ends.length > 0) {
      ends[ends.length - 1] = Math.min(next, text.length);
    }
    offset = next;
  }
  if (head === undefined || starts.length === 0) return undefined;
  return layoutOf(text, head, starts, ends, dashColumn);
}

/**
 * The layout from where the head ends and where each entry starts and ends (comment lines indented deeper than the
 * dash after an entry are its own); undefined unless joining it gives back exactly `text`.
 */
function layoutOf(text: string, headEnd: number, starts: readonly number[], ends: readonly number[], dashColumn: number): ListLayout | undefined {
  const entries: EntrySpan[] = [];
  let leading = text.slice(headEnd, starts[0]);
  let tail = '';
  for (let i = 0; i < starts.length; i++) {
    const gap = text.slice(ends[i], i + 1 < starts.length ? starts[i + 1] : text.length);
    const [trailing, rest] = splitTrailingComments(gap, dashColumn);
    entries.push({ leading, content: text.slice(starts[i], ends[i]), trailing });
    leading = rest;
    tail = rest;
  }
  const layout = { head: text.slice(0, headEnd), entries, tail, dashColumn };
  return joinLayout(layout) === text ? layout : undefined;
}

export function joinLayout(layout: ListLayout): string {
  return layout.head + layout.entries.map((e) => e.leading + e.content + e.trailing).join('') + layout.tail;
}

/** Splits off the run of comment lines indented deeper than the dash at the start of `gap`. */
function splitTrailingComments(gap: string, dashColumn: number): [string, string] {
  let end = 0;
  while (end < gap.length) {
    const next = lineEnd(gap, end);
    const line = gap.slice(end, next);
    const indent = line.length - line.trimStart().length;
    if (!line.trimStart().startsWith('#') || indent <= dashColumn) break;
    end = next;
  }
  return [gap.slice(0, end), gap.slice(end)];
}

/** Offset just after the line break that ends the line containing `offset` (or the text's end). */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(offset, 0));
  return newline === -1 ? text.length : newline + 1;
}
