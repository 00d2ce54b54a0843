/** A published article → one self-contained HTML page (no scripts, no network; a CSP forbids both). */
import type { Chrome } from './chrome.ts';
import { groupBlocks, type PlacedBlock, type PlacedSegment, type PublishedArticle } from './article-model.ts';
import { escapeHtml } from './html-escape.ts';
import { inlineHtml } from './inline-html.ts';
import { toPlain } from '../source/index.ts';
import { pageStart } from './page-start.ts';

export interface RelatedArticle {
  /** Link relative to the page, e.g. `other-slug.html`. */
  href: string;
  /** Title in the page's language (inline Markdown). */
  title: string;
}

export interface ArticlePageOptions {
  chrome: Chrome;
  related: readonly RelatedArticle[];
  /** Languages the article is published in, for `<link rel=alternate hreflang>`. */
  alternates: readonly string[];
}

const PAGE_STYLE = `
body { margin: 0 auto; max-width: 42rem; padding: 1.5rem; font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; }
:lang(ko) { font-family: system-ui, "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", NanumGothic, sans-serif; word-break: keep-all; line-height: 1.75; }
h1 { line-height: 1.25; }
.translation-note { color: #555; font-size: .9rem; }
.draft-banner { background: #fff3cd; border: 1px solid #e0b000; padding: .5rem .75rem; font-weight: 600; }
.unreviewed { background: #fff8e1; text-decoration: underline dotted #c77700; }
.untranslated { background: #fde2e1; }
.image-credit { color: #555; font-size: .875rem; }
img { max-width: 100%; height: auto; }
`;

export function renderArticleHtml(article: PublishedArticle, options: ArticlePageOptions): string {
  const t = options.chrome;
  const document = article.document;
  const lang = article.language;
  const titleBlock = article.blocks.find((block) => block.block.kind === 'title');
  const titleText = titleBlock ? plainTitle(titleBlock) : document.slug;
  const body: string[] = [];
  if (lang !== 'de') {
    body.push(`<p class="translation-note">${escapeHtml(t('translatedFrom'))} · <a href="${escapeHtml(pageHref(document.slug, 'de', document.slug))}" hreflang="de" lang="de">${escapeHtml(t('originalArticle', { lng: 'de' }))}</a></p>`);
  }
  if (article.status === 'draft') body.push(`<p class="draft-banner" role="note">${escapeHtml(t('machineTranslation'))}</p>`);
  for (const group of groupBlocks(article.blocks)) {
    if (group.kind === 'list') body.push(renderList(group.items, t));
    else body.push(renderBlock(group.block, t));
  }
  const footer = renderFooter(document.frontMatter, options.related, t);
  const alternates = options.alternates
    .map((language) => `<link rel="alternate" hreflang="${escapeHtml(language)}" href="${escapeHtml(pageHref(document.slug, language, document.slug))}">`)
    .join('\n');
  return `${pageStart(lang, "default-src 'none'; img-src http: https: 'self'; style-src 'unsafe-inline'")}
<title>${escapeHtml(titleText)}</title>
<meta name="dolmetsch:language" content="${lang}">
<meta name="dolmetsch:source-language" content="de">
<meta name="dolmetsch:source" content="${escapeHtml(document.path)}">
<meta name="dolmetsch:translation-status" content="${article.language === 'de' ? 'original' : article.status}">
${alternates}
<style>${PAGE_STYLE}</style>
</head>
<body>
<article>
${body.join('\n')}
${footer}
</article>
</body>
</html>
`;
}

function renderBlock(placed: PlacedBlock, t: Chrome): string {
  const content = renderSegments(placed.segments, t);
  switch (placed.block.kind) {
    case 'title':
      return `<h1>${content}</h1>`;
    case 'heading': {
      // The title (front matter) is the page's only h1; articles start their sections at ##.
      const level = Math.min(6, Math.max(2, placed.block.depth ?? 2));
      return `<h${level}>${content}</h${level}>`;
    }
    default:
      return `<p>${content}</p>`;
  }
}

/** Nested lists from list-item depths; see groupBlocks. */
function renderList(items: readonly PlacedBlock[], t: Chrome): string {
  const open: string[] = [];
  let out = '';
  for (const item of items) {
    const depth = Math.max(1, item.block.depth ?? 1);
    while (open.length > depth) out += `</li></${open.pop()}>`;
    if (open.length === depth) out += '</li>';
    while (open.length < depth) {
      const tag = item.block.ordered ? 'ol' : 'ul';
      out += `<${tag}>`;
      open.push(tag);
    }
    out += `<li>${renderSegments(item.segments, t)}`;
  }
  while (open.length > 0) out += `</li></${open.pop()}>`;
  return out;
}

function renderSegments(segments: readonly PlacedSegment[], t: Chrome): string {
  return segments.map((segment) => renderSegment(segment, t)).join(' ');
}

function renderSegment(segment: PlacedSegment, t: Chrome): string {
  const html = inlineHtml(segment.text);
  if (!segment.translated) {
    return `<span class="untranslated" lang="de" data-segment="${escapeHtml(segment.id)}" title="${escapeHtml(t('untranslated'))}">${html}</span>`;
  }
  if (!segment.final) {
    return `<span class="unreviewed" data-segment="${escapeHtml(segment.id)}" data-status="${segment.status}" title="${escapeHtml(t('machineTranslation'))}">${html}</span>`;
  }
  return html;
}

function renderFooter(frontMatter: Record<string, unknown>, related: readonly RelatedArticle[], t: Chrome): string {
  const parts: string[] = [];
  const credit = frontMatter.image_credit;
  if (typeof credit === 'string' && credit.trim() !== '') {
    parts.push(`<p class="image-credit">${escapeHtml(t('imageCredit', { credit }))}</p>`);
  }
  if (related.length > 0) {
    const links = related.map((item) => `<li><a href="${escapeHtml(item.href)}">${inlineHtml(item.title)}</a></li>`).join('');
    parts.push(`<nav class="read-also" aria-labelledby="read-also"><h2 id="read-also">${escapeHtml(t('readAlso'))}</h2><ul>${links}</ul></nav>`);
  }
  return parts.length > 0 ? `<footer>\n${parts.join('\n')}\n</footer>` : '';
}

function plainTitle(block: PlacedBlock): string {
  return toPlain(block.segments.map((segment) => segment.text).join(' '));
}

/** From dist/<lang>/<slug>.html to the same article in another language (slugs may contain folders). */
export function pageHref(fromSlug: string, language: string, slug: string): string {
  const up = '../'.repeat(fromSlug.split('/').length);
  return `${up}${language}/${slug.split('/').map(encodeURIComponent).join('/')}.html`;
}
