/**
 * Inline Markdown for the published .md files and i18next bundles, with everything that could act removed.
 *
 * The rule is stronger than CommonMark's idea of HTML: the result holds no `<` that an HTML parser would read as
 * the start of a tag (`<` before a letter, `/`, `!` or `?`). `<svg/onload=…>` or an unclosed `<img … onerror=…`
 * is text to CommonMark, but lenient Markdown renderers pass it through, and a site that puts a bundle value into
 * `dangerouslySetInnerHTML` or i18next's HTML output runs it. So such a `<` in text becomes `&lt;` (a Markdown
 * renderer shows it as `<`), raw HTML likewise, an autolink becomes `[url](url)`, a kept link or image is rebuilt
 * with its destination percent-encoded, a code span holding a tag start becomes escaped text (references are not
 * decoded inside code), and a link or image to a scheme other than http(s)/mailto keeps only its words. `{{` and
 * `$t(` are written as character references, so a site's i18next `t()` neither interpolates nor nests what an
 * article says. A line start that would open a block is escaped.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { safeImageUrl, safeLinkUrl } from './html-escape.ts';
import { INLINE_MARKUP } from './inline-html.ts';

const SHIELD = '\u00a0';
const TAG_START = /<[A-Za-z/!?]/;

/** Characters that need the parser; `{` and `$` because of i18next, the rest can start inline Markdown. */
const NEEDS_PARSER = new RegExp(`${INLINE_MARKUP.source}|\\{\\{|\\$t\\(`);

export function inertMarkdown(markdown: string): string {
  const flat = markdown.replace(/\s*\n\s*/g, ' ').trim();
  if (!NEEDS_PARSER.test(flat)) return escapeBlockStart(flat);
  const out = escapeBlockStart(rewrite(flat));
  // The rewrite covers every node kind the parser makes; should one ever slip through, the words go out as text.
  return TAG_START.test(out) ? escapeBlockStart(inertText(plainText(flat))) : out;
}

function rewrite(flat: string): string {
  const root = fromMarkdown(SHIELD + flat);
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  const span = (node: Nodes): { start: number; end: number } => ({
    start: Math.max(0, (node.position?.start.offset ?? 0) - SHIELD.length),
    end: (node.position?.end.offset ?? 0) - SHIELD.length,
  });
  const visit = (node: Nodes): void => {
    const { start, end } = span(node);
    switch (node.type) {
      case 'text':
        replacements.push({ start, end, text: inertRaw(flat.slice(start, end)) });
        return;
      case 'html':
        replacements.push({ start, end, text: inertText(node.value) });
        return;
      case 'inlineCode':
        if (TAG_START.test(node.value) || /\{\{|\$t\(/.test(node.value)) replacements.push({ start, end, text: inertText(node.value) });
        return;
      case 'link': {
        const label = labelOf(node, flat);
        const autolink = flat.startsWith('<', start);
        const href = safeLinkUrl(node.url);
        const words = autolink ? inertText(label) : inertMarkdown(label);
        replacements.push({ start, end, text: href === undefined ? words : `[${words}](${destination(href, node.title)})` });
        return;
      }
      case 'image': {
        const src = safeImageUrl(node.url);
        const alt = inertText(node.alt ?? '');
        replacements.push({ start, end, text: src === undefined ? alt : `![${alt}](${destination(src, node.title)})` });
        return;
      }
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
    }
  };
  visit(root);
  let out = flat;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

/** The raw source of a link's words (between `[` and `]`, or an autolink's URL). */
function labelOf(node: Nodes & { type: 'link' }, flat: string): string {
  const first = node.children[0];
  const last = node.children.at(-1);
  if (!first || !last) return '';
  return flat.slice((first.position?.start.offset ?? 0) - SHIELD.length, (last.position?.end.offset ?? 0) - SHIELD.length);
}

/** Raw Markdown text (escapes and character references as written) with every tag start made a reference. */
function inertRaw(raw: string): string {
  return raw.replace(/\\?<(?=[A-Za-z/!?])|\\[\s\S]|\{\{|\$t\(/g, (match) => {
    if (match.endsWith('<')) return '&lt;';
    if (match === '{{') return '&#123;{';
    if (match === '$t(') return '&#36;t(';
    return match;
  });
}

/** Plain words → Markdown that shows exactly them and holds no `<`: inline markup characters escaped. */
export function inertText(text: string): string {
  return text.replace(/[\\`*_[\]!~<&{$]/g, (char) => {
    if (char === '<') return '&lt;';
    if (char === '&') return '&amp;';
    if (char === '{' || char === '$') return `&#${char.charCodeAt(0)};`;
    return `\\${char}`;
  });
}

/** A link destination and title that cannot end early or carry `<`. */
function destination(url: string, title: string | null | undefined): string {
  const encoded = url.replace(/[<>()\s"'`\\{}$]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return title ? `${encoded} "${inertText(title).replace(/"/g, '\\"')}"` : encoded;
}

function plainText(markdown: string): string {
  const textOf = (node: Nodes): string => {
    if ('value' in node && typeof node.value === 'string') return node.value;
    if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
    if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
    return '';
  };
  return textOf(fromMarkdown(markdown));
}

function escapeBlockStart(markdown: string): string {
  if (/^(?:#|>|[-+*](?:\s|$)|=+\s*$|```|~~~)/.test(markdown)) return `\\${markdown}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(markdown);
  return ordered ? `${ordered[1]}\\${markdown.slice(ordered[1]!.length)}` : markdown;
}
