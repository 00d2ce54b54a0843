/**
 * Inline Markdown for the published .md files, with everything that could act removed: raw HTML becomes
 * escaped text (`&lt;script>` shows as `<script>` in any renderer), a link or image to a scheme other than
 * http(s)/mailto keeps only its words, and a line start that would open a block is escaped.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { escapeHtml, safeImageUrl, safeLinkUrl } from './html-escape.ts';
import { INLINE_MARKUP } from './inline-html.ts';

const SHIELD = '\u00a0';

export function inertMarkdown(markdown: string): string {
  const flat = markdown.replace(/\s*\n\s*/g, ' ').trim();
  if (!INLINE_MARKUP.test(flat)) return escapeBlockStart(flat);
  const root = fromMarkdown(SHIELD + flat);
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: Nodes): void => {
    const start = (node.position?.start.offset ?? 0) - SHIELD.length;
    const end = (node.position?.end.offset ?? 0) - SHIELD.length;
    if (node.type === 'html') {
      replacements.push({ start, end, text: node.value.replace(/&/g, '&amp;').replace(/</g, '&lt;') });
      return;
    }
    if (node.type === 'link' && safeLinkUrl(node.url) === undefined) {
      const first = node.children[0];
      const last = node.children.at(-1);
      const label = first && last ? flat.slice((first.position?.start.offset ?? 0) - SHIELD.length, (last.position?.end.offset ?? 0) - SHIELD.length) : '';
      // An autolink's label is the URL itself; it stays as plain words, escaped so it is no autolink any more.
      replacements.push({ start, end, text: flat.startsWith('<', start) ? escapeHtml(label) : inertMarkdown(label) });
      return;
    }
    if (node.type === 'image' && safeImageUrl(node.url) === undefined) {
      replacements.push({ start, end, text: escapeHtml(node.alt ?? '') });
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  let out = flat;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, Math.max(0, start)) + text + out.slice(end);
  }
  return escapeBlockStart(out);
}

function escapeBlockStart(markdown: string): string {
  if (/^(?:#|>|[-+*](?:\s|$)|=+\s*$|```|~~~)/.test(markdown)) return `\\${markdown}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(markdown);
  return ordered ? `${ordered[1]}\\${markdown.slice(ordered[1]!.length)}` : markdown;
}
