/**
 * The inline nodes the document parse already made for a block, so that segmenting does not parse every block a
 * second time. Their offsets count from the start of the file; `offset` is where the block's text starts there.
 * Blocks that were not read from Markdown have none.
 */
import type { PhrasingContent } from 'mdast';
import type { Block } from '../core/document.ts';

export interface ParsedInline {
  nodes: PhrasingContent[];
  /** Subtract from a node's offsets to get offsets into `block.text`. */
  offset: number;
}

const parsed = new WeakMap<Block, ParsedInline>();

export function rememberInline(block: Block, nodes: PhrasingContent[], offset: number): Block {
  parsed.set(block, { nodes, offset });
  return block;
}

/** The nodes, handed out once: segmenting is their only use, and a long run should not keep every tree. */
export function takeInline(block: Block): ParsedInline | undefined {
  const nodes = parsed.get(block);
  parsed.delete(block);
  return nodes;
}
