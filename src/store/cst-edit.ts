import { CST, Document, Parser } from 'yaml';

/**
 * Edits on yaml's concrete syntax tree. The CST keeps every byte of the source (spaces,
 * comments, quoting, escapes), so what is not edited is written back exactly as it was read.
 */

export type MapItem = CST.BlockMap['items'][number];

export function parseTokens(text: string): CST.Token[] {
  return [...new Parser().parse(text)];
}

export function stringifyTokens(tokens: readonly CST.Token[]): string {
  return tokens.map((token) => CST.stringify(token)).join('');
}

/** The value token of the (single) document, e.g. the root block-map. */
export function documentValue(tokens: readonly CST.Token[]): CST.Token | undefined {
  return tokens.find((token): token is CST.Document => token.type === 'document')?.value;
}

export function keyName(item: MapItem): string | undefined {
  return item.key ? CST.resolveAsScalar(item.key)?.value : undefined;
}

export function isScalarToken(token: CST.Token | undefined): token is CST.FlowScalar | CST.BlockScalar {
  return token !== undefined && CST.isScalar(token);
}

/** The 0-based column of an item's key in `text` (the text the tokens were parsed from). */
export function keyColumn(text: string, item: MapItem): number {
  const offset = item.key?.offset ?? 0;
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * Replaces a scalar's value keeping its quoting style (and any comment after it) where that style
 * can hold the new text; a plain scalar that would read back as something else gets double quotes.
 */
export function setScalar(token: CST.FlowScalar | CST.BlockScalar, value: string): void {
  // An empty value is quoted only because it is empty ("" for a target still to come): it has no style to keep.
  const wasEmpty = CST.resolveAsScalar(token)?.value === '';
  if (wasEmpty && isPlainSafe(value)) {
    CST.setScalarValue(token, value, { afterKey: true, type: 'PLAIN' });
    return;
  }
  const keepsStyle = token.type !== 'scalar' || isPlainSafe(value);
  CST.setScalarValue(token, value, { afterKey: true, ...(keepsStyle ? {} : { type: 'QUOTE_DOUBLE' as const }) });
  // A block scalar cannot hold every text (e.g. only spaces); double quotes can.
  if (CST.resolveAsScalar(token)?.value !== value) CST.setScalarValue(token, value, { afterKey: true, type: 'QUOTE_DOUBLE' });
}

/** Whether `value` can be written without quotes as a map value and still read back as this text. */
function isPlainSafe(value: string): boolean {
  const first = new Document({ k: value }).toString({ lineWidth: 0 }).charAt(3);
  return first !== '"' && first !== "'";
}

/** Parses `text` (one "key: value" block at `column`) into a map item ready to splice into a block map. */
export function fragmentItem(text: string, column: number): MapItem {
  const root = documentValue(parseTokens(text));
  const item = root?.type === 'block-map' ? root.items[0] : undefined;
  if (item === undefined) throw new Error(`internal: rendered YAML fragment is not a mapping: ${JSON.stringify(text)}`);
  item.start = column > 0 ? [indentToken(column)] : [];
  return item;
}

/**
 * Gives `item` the key, separator and value of `replacement`, keeping its own leading comments and indent, and what
 * a person wrote after its value: a comment on the same line (`machine: { … }  # why`) and comment lines below it.
 */
export function replaceItemBody(item: MapItem, replacement: MapItem): void {
  const oldEnd = lineEndTokens(item.value) ?? [];
  const comment = inlineComment(item.value);
  const oldBreak = oldEnd.findIndex((token) => token.type === 'newline');
  item.key = replacement.key;
  item.sep = replacement.sep;
  item.value = replacement.value;
  const end = lineEndTokens(item.value);
  if (end === undefined) return;
  const newBreak = end.findIndex((token) => token.type === 'newline');
  const ownLine = newBreak < 0 ? end : end.slice(0, newBreak);
  if (inlineComment(item.value).length === 0) ownLine.push(...comment);
  const rest = oldBreak >= 0 ? oldEnd.slice(oldBreak) : newBreak >= 0 ? end.slice(newBreak) : [];
  end.splice(0, end.length, ...ownLine, ...rest);
}

/** The tokens after a flow value on its last line (where an inline comment lives); undefined for block values. */
function lineEndTokens(token: CST.Token | undefined): CST.SourceToken[] | undefined {
  if (token === undefined) return undefined;
  if (token.type === 'flow-collection') return token.end;
  if (token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar') return (token.end ??= []);
  return undefined;
}

/** The space and comment right after a flow value on its line, if a person wrote one there. */
function inlineComment(token: CST.Token | undefined): CST.SourceToken[] {
  const end = lineEndTokens(token) ?? [];
  const at = end.findIndex((part) => part.type === 'comment');
  if (at < 0 || end.slice(0, at).some((part) => part.type === 'newline')) return [];
  return end[at - 1]?.type === 'space' ? [end[at - 1]!, end[at]!] : [end[at]!];
}

/**
 * Removes a key (at `column`). Comments written in or above it stay where they were, as lines of their own
 * (a person wrote them); when it was the first key, the next one moves up right after "- ".
 */
export function removeItem(items: MapItem[], index: number, column: number): void {
  const [removed] = items.splice(index, 1);
  if (removed === undefined) return;
  const next = items[index];
  if (index === 0) {
    if (next !== undefined) next.start = removed.start;
    return;
  }
  const comments = ownLineComments(removed, column);
  if (comments.length === 0) return;
  if (next !== undefined) next.start = [...comments, ...next.start];
  else items.push({ start: comments });
}

/**
 * The comments inside an item as comment lines (indent, comment, line break), in order. A comment that followed a
 * value on its line becomes a line of its own at the item's indent: the value is gone, the person's words are not.
 */
function ownLineComments(item: MapItem, column: number): CST.SourceToken[] {
  const sources = sourceTokens(item);
  const lines: CST.SourceToken[] = [];
  sources.forEach((token, i) => {
    if (token.type !== 'comment') return;
    const before = sources[i - 1];
    const indent = before?.type === 'space' ? before : undefined;
    const lineStart = indent ? sources[i - 2] : before;
    const ownLine = lineStart === undefined || lineStart.type === 'newline';
    const newline: CST.SourceToken = { type: 'newline', offset: -1, indent: 0, source: '\n' };
    if (ownLine) lines.push(...(indent ? [indent] : []), token, newline);
    else lines.push(...(column > 0 ? [indentToken(column)] : []), token, newline);
  });
  return lines;
}

/** Every whitespace, comment and indicator token of an item in source order (scalar bodies are skipped). */
function sourceTokens(item: MapItem | CST.CollectionItem): CST.SourceToken[] {
  const out: CST.SourceToken[] = [...item.start];
  if (item.key) out.push(...tokenParts(item.key));
  if (item.sep) out.push(...item.sep);
  if (item.value) out.push(...tokenParts(item.value));
  return out;
}

function tokenParts(token: CST.Token): CST.SourceToken[] {
  switch (token.type) {
    case 'block-map':
    case 'block-seq':
      return token.items.flatMap((item) => sourceTokens(item));
    case 'flow-collection':
      return [token.start, ...token.items.flatMap((item) => sourceTokens(item)), ...token.end];
    case 'block-scalar':
      return token.props.filter((part): part is CST.SourceToken => part.type === 'comment' || part.type === 'newline' || part.type === 'space');
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'alias':
      return token.end ?? [];
    default:
      return [];
  }
}

function indentToken(column: number): CST.SourceToken {
  return { type: 'space', offset: -1, indent: 0, source: ' '.repeat(column) };
}

/** Whether a collection value is written in block style (as opposed to [flow] or {flow}). */
export function isBlockCollection(token: CST.Token | undefined): boolean {
  return token?.type === 'block-map' || token?.type === 'block-seq';
}

/** Whether a flow collection is written `[ with, spaces ]` inside its brackets (yaml's default) or `[tight]`. */
export function hasFlowPadding(token: CST.Token | undefined): boolean {
  if (token?.type !== 'flow-collection') return true;
  const text = CST.stringify(token);
  return /^[[{]\s*[\]}]/.test(text) || /^[[{][ \t]/.test(text);
}
