/**
 * Line and column in a translation file for a field of a segment, and for a span inside its value.
 * Columns of a span are exact only where the value is written as it reads: a one-line plain scalar, or a
 * one-line quoted scalar without escapes. Elsewhere (escapes, folded or block scalars) the value's start.
 */
import { isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import { locate, yamlKey, type ParsedTranslationFile } from '../store/index.ts';
import { contentShift as rawContentShift, lineLocation } from './line-positions.ts';
import type { Location } from './types.ts';

export function fieldLocation(
  parsed: ParsedTranslationFile,
  segmentIndex: number,
  field: string | undefined,
  span?: { start: number; end: number },
): Location {
  const fromLines = lineLocation(parsed, segmentIndex, field, span);
  if (fromLines !== undefined) return fromLines;
  const whole = locate(parsed, segmentIndex, field);
  const base = { file: parsed.path, ...whole };
  if (span === undefined || field === undefined) return base;
  const node = valueNode(parsed, segmentIndex, field);
  const shift = node === undefined ? undefined : contentShift(parsed.text, node);
  if (shift === undefined) return base;
  return {
    file: parsed.path,
    line: whole.line,
    column: whole.column + shift + span.start,
    endLine: whole.line,
    endColumn: whole.column + shift + span.end,
  };
}

function valueNode(parsed: ParsedTranslationFile, segmentIndex: number, field: string): Scalar | undefined {
  const root = parsed.document.contents;
  const segments = isMap(root) ? root.get('segments', true) : undefined;
  const segment = isSeq(segments) ? (segments.items[segmentIndex] as Node | undefined) : undefined;
  if (!isMap(segment)) return undefined;
  const value = segment.get(yamlKey(field), true);
  return isScalar(value) ? value : undefined;
}

/** How many characters the value's text starts after the node's start, when that is the same on every column. */
function contentShift(text: string, node: Scalar): number | undefined {
  if (!node.range || typeof node.value !== 'string') return undefined;
  const raw = text.slice(node.range[0], node.range[1]);
  if (raw.includes('\n') || raw.includes('\r')) return undefined;
  // A plain scalar cannot start with a quote, and a block scalar's text holds a line break: the raw text tells which.
  return rawContentShift(raw, node.value);
}

/** The `item`-th entry of a list field (`suppress`) of a segment; the field when there is no such entry. */
export function listItemLocation(parsed: ParsedTranslationFile, segmentIndex: number, field: string, item: number): Location {
  const root = parsed.document.contents;
  const segments = isMap(root) ? root.get('segments', true) : undefined;
  const segment = isSeq(segments) ? (segments.items[segmentIndex] as Node | undefined) : undefined;
  const list = isMap(segment) ? segment.get(field, true) : undefined;
  const node = isSeq(list) ? (list.items[item] as Node | undefined) : undefined;
  if (!node?.range) return { file: parsed.path, ...locate(parsed, segmentIndex, field) };
  const start = parsed.lineCounter.linePos(node.range[0]);
  const end = parsed.lineCounter.linePos(node.range[1]);
  return { file: parsed.path, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
