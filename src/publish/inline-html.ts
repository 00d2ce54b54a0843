/**
 * A segment's inline Markdown → HTML. The text is parsed by the same CommonMark parser that read the source
 * (mdast-util-from-markdown); the renderer below knows a closed set of node types and escapes every text and
 * attribute, so raw HTML in a source or translation (`<script>`) comes out as visible text, never as markup.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, PhrasingContent } from 'mdast';
import { escapeHtml, safeImageUrl, safeLinkUrl } from './html-escape.ts';

/** Keeps a text that starts like a block (`# `, `1. `, four spaces) a paragraph; see src/source/parse-inline.ts. */
const SHIELD = '\u00a0';

/** Characters that can start inline Markdown (or an entity); a text without any is plain text. */
export const INLINE_MARKUP = /[\\`*_[\]<>!&~\n\r]/;

export function inlineHtml(markdown: string): string {
  if (!INLINE_MARKUP.test(markdown)) return escapeHtml(markdown.trim());
  const root = fromMarkdown(SHIELD + markdown);
  const html = root.children
    .map((block) => (block.type === 'paragraph' || block.type === 'heading' ? renderAll(block.children) : escapeHtml(textOf(block))))
    .join(' ');
  return html.startsWith(SHIELD) ? html.slice(SHIELD.length) : html;
}

function renderAll(nodes: readonly PhrasingContent[]): string {
  return nodes.map(render).join('');
}

function render(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${renderAll(node.children)}</em>`;
    case 'strong':
      return `<strong>${renderAll(node.children)}</strong>`;
    case 'delete':
      return `<del>${renderAll(node.children)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'break':
      return '<br>';
    case 'link': {
      const href = safeLinkUrl(node.url);
      const label = renderAll(node.children);
      if (href === undefined) return label; // e.g. javascript: — the words stay, the link goes
      const title = node.title ? ` title="${escapeHtml(node.title)}"` : '';
      return `<a href="${escapeHtml(href)}"${title} rel="noopener noreferrer">${label}</a>`;
    }
    case 'image': {
      const src = safeImageUrl(node.url);
      if (src === undefined) return escapeHtml(node.alt ?? '');
      const title = node.title ? ` title="${escapeHtml(node.title)}"` : '';
      return `<img src="${escapeHtml(src)}" alt="${escapeHtml(node.alt ?? '')}"${title} loading="lazy">`;
    }
    case 'html':
      return escapeHtml(node.value);
    default:
      return escapeHtml(textOf(node));
  }
}

/** Plain text of any node (references, footnotes and other rare kinds are shown as their words). */
function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}
