/** Tagged nodes of a translation → Markdown, with the markup kept aside and the delimiters the source used. */
import type { KeptAside } from './inline-tags.ts';
import { escapeMarkdownText } from './markdown-escape.ts';
import type { TaggedNode } from './tagged-text.ts';

export function rebuild(
  nodes: readonly TaggedNode[],
  kept: ReadonlyMap<string, KeptAside>,
  sourceDelimiters: Record<'em' | 'strong' | 'del', readonly string[]>,
  asterisks: boolean,
): string {
  const queues = { em: [...sourceDelimiters.em], strong: [...sourceDelimiters.strong], del: [...sourceDelimiters.del] };
  const fallback = { em: '*', strong: '**', del: '~~' };
  const render = (list: readonly TaggedNode[]): string =>
    list
      .map((node) => {
        if (node.type === 'text') return escapeMarkdownText(node.value.replace(/\n/g, ' '));
        if (node.name === 'em' || node.name === 'strong' || node.name === 'del') {
          const sourceDelimiter = queues[node.name].shift() ?? fallback[node.name];
          const delimiter = asterisks ? sourceDelimiter.replace(/_/g, '*') : sourceDelimiter;
          return wrap(delimiter, render(node.children), delimiter);
        }
        const aside = kept.get(node.id ?? '')!;
        return node.name === 'a' ? `${aside.before}${render(node.children)}${aside.after}` : aside.before;
      })
      .join('');
  return escapeLineStart(render(nodes).trim());
}

/** Whitespace just inside emphasis delimiters would stop them being delimiters: move it outside. */
function wrap(open: string, inner: string, close: string): string {
  const core = inner.trim();
  if (core === '') return inner;
  const lead = inner.slice(0, inner.length - inner.trimStart().length);
  const trail = inner.slice(inner.trimEnd().length);
  return `${lead}${open}${core}${close}${trail}`;
}

/** A translation starting with `# `, `- ` or `1. ` must not turn its block into a heading or a list. */
function escapeLineStart(markdown: string): string {
  if (/^(?:#|>|[-+](?:\s|$)|=+\s*$)/.test(markdown)) return `\\${markdown}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(markdown);
  return ordered ? `${ordered[1]}\\${markdown.slice(ordered[1]!.length)}` : markdown;
}

