/**
 * The inline nodes the document parse already made for a block, with offsets into `block.text`, so that
 * segmenting does not parse every block a second time. Blocks that were not read from Markdown have none.
 */
import type { PhrasingContent } from 'mdast';
import type { Block } from '../core/document.ts';

const parsed = new WeakMap<Block, PhrasingContent[]>();

export function rememberInline(block: Block, nodes: readonly PhrasingContent[], offset: number): Block {
  parsed.set(block, nodes.map((node) => rebase(structuredClone(node), offset)));
  return block;
}

/** The nodes, handed out once: segmenting is their only use, and a long run should not keep every tree. */
export function takeInline(block: Block): PhrasingContent[] | undefined {
  const nodes = parsed.get(block);
  parsed.delete(block);
  return nodes;
}

function rebase<N extends { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }>(node: N, offset: number): N {
  if (node.position?.start.offset !== undefined) node.position.start.offset -= offset;
  if (node.position?.end.offset !== undefined) node.position.end.offset -= offset;
  for (const child of (node.children ?? []) as N[]) rebase(child, offset);
  return node;
}
