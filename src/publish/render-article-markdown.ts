/** A published article → Markdown with front matter, for static site generators. */
import { stringify } from 'yaml';
import type { Chrome } from './chrome.ts';
import { groupBlocks, type PlacedBlock, type PublishedArticle } from './article-model.ts';
import { inertMarkdown } from './inert-markdown.ts';
import type { RelatedArticle } from './render-article-html.ts';

/** Front-matter keys the page sets itself; the rest of the source's front matter is carried over. */
const OWN_KEYS = new Set(['title', 'lang', 'language', 'translated_from', 'source', 'translation_status']);

export function renderArticleMarkdown(article: PublishedArticle, chrome: Chrome, related: readonly RelatedArticle[]): string {
  const title = article.blocks.find((block) => block.block.kind === 'title');
  const frontMatter: Record<string, unknown> = {};
  if (title) frontMatter.title = joinSegments(title);
  frontMatter.lang = article.language;
  if (article.language !== 'de') frontMatter.translated_from = 'de';
  frontMatter.source = inertMarkdown(article.document.path);
  frontMatter.translation_status = article.language === 'de' ? 'original' : article.status;
  for (const [key, value] of Object.entries(article.document.frontMatter)) {
    if (!OWN_KEYS.has(key)) frontMatter[key] = inertValue(value);
  }

  const body: string[] = [];
  if (article.status === 'draft') body.push(`> **${inertMarkdown(chrome('machineTranslation'))}**`);
  for (const group of groupBlocks(article.blocks)) {
    if (group.kind === 'list') body.push(renderList(group.items));
    else if (group.block.block.kind === 'heading') body.push(`${'#'.repeat(Math.min(6, group.block.block.depth ?? 2))} ${joinSegments(group.block)}`);
    else if (group.block.block.kind === 'paragraph') body.push(joinSegments(group.block));
  }
  const credit = article.document.frontMatter.image_credit;
  if (typeof credit === 'string' && credit.trim() !== '') body.push(`*${inertMarkdown(chrome('imageCredit', { credit }))}*`);
  if (related.length > 0) {
    body.push(`**${inertMarkdown(chrome('readAlso'))}**`);
    body.push(related.map((item) => `- [${inertMarkdown(item.title)}](${item.href.replace(/[()\s<>"'`\\]/g, encodeURIComponent)})`).join('\n'));
  }
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
}

/** Front-matter strings are inline Markdown to a site generator, and some templates print them unescaped. */
function inertValue(value: unknown): unknown {
  if (typeof value === 'string') return inertMarkdown(value);
  if (Array.isArray(value)) return value.map(inertValue);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inertValue(item)]));
  }
  return value;
}

function joinSegments(block: PlacedBlock): string {
  return block.segments.map((segment) => inertMarkdown(segment.text)).join(' ');
}

function renderList(items: readonly PlacedBlock[]): string {
  const counters: number[] = [];
  return items
    .map((item) => {
      const depth = Math.max(1, item.block.depth ?? 1);
      counters.length = depth;
      counters[depth - 1] = (counters[depth - 1] ?? 0) + 1;
      const marker = item.block.ordered ? `${counters[depth - 1]}.` : '-';
      return `${'   '.repeat(depth - 1)}${marker} ${joinSegments(item)}`;
    })
    .join('\n');
}
