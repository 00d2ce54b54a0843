/**
 * The inline nodes of one sentence cut from a block, taken from the block's own parse instead of running the parser
 * over the sentence again (the provider's tags are made from them: a fifth of a first run's parsing). Only when that
 * gives what parsing the sentence alone gives: every node other than text lies wholly inside or outside the
 * sentence and refers to no definition, a text node cut at either end reads as its source character for character,
 * and neither end holds what could read differently without its neighbours (an emphasis delimiter, a backslash).
 * Otherwise undefined, and the caller parses the sentence. A property test holds the two ways to the same tags.
 */
import type { PhrasingContent } from 'mdast';
import type { ParsedInline } from './block-inline.ts';
import { offsetsOf } from './parse-inline.ts';

/** Delimiters whose reading depends on the character before or after them. */
const CONTEXT_AT_END = new Set(['*', '_', '\\']);
const NEEDS_DEFINITIONS = new Set(['linkReference', 'imageReference', 'footnoteReference', 'definition', 'footnoteDefinition']);

/** `start`, `end`: the sentence in the block's text `markdown`; `parsed`: the block's nodes. */
export function sentenceInline(markdown: string, parsed: ParsedInline, start: number, end: number): PhrasingContent[] | undefined {
  if (end <= start || CONTEXT_AT_END.has(markdown[start]!) || CONTEXT_AT_END.has(markdown[end - 1]!)) return undefined;
  const nodes: PhrasingContent[] = [];
  for (const node of parsed.nodes) {
    const { start: absoluteStart, end: absoluteEnd } = offsetsOf(node);
    const nodeStart = absoluteStart - parsed.offset;
    const nodeEnd = absoluteEnd - parsed.offset;
    if (nodeEnd <= start || nodeStart >= end) continue;
    const whole = start <= nodeStart && nodeEnd <= end;
    if (node.type === 'text') {
      if (whole) nodes.push(shifted(node, parsed.offset + start));
      else if (node.value !== markdown.slice(nodeStart, nodeEnd)) return undefined;
      else {
        const from = Math.max(start, nodeStart);
        const to = Math.min(end, nodeEnd);
        nodes.push({ type: 'text', value: markdown.slice(from, to), position: at(from - start, to - start) });
      }
    } else if (!whole || refersToDefinitions(node)) return undefined;
    else nodes.push(shifted(node, parsed.offset + start));
  }
  return nodes;
}

function refersToDefinitions(node: PhrasingContent): boolean {
  return NEEDS_DEFINITIONS.has(node.type) || ('children' in node && node.children.some((child) => refersToDefinitions(child as PhrasingContent)));
}

/** A copy whose offsets count from the sentence's start (lines and columns are left as they were: nobody reads them). */
function shifted<T extends PhrasingContent>(node: T, by: number): T {
  const { start, end } = offsetsOf(node);
  const copy = { ...node, position: { start: { ...node.position!.start, offset: start - by }, end: { ...node.position!.end, offset: end - by } } };
  if ('children' in node) (copy as { children: PhrasingContent[] }).children = node.children.map((child) => shifted(child as PhrasingContent, by));
  return copy;
}

function at(start: number, end: number): NonNullable<PhrasingContent['position']> {
  return { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } };
}
