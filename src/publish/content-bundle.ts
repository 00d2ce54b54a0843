/**
 * The article content as an i18next v4 JSON resource: one namespace per article (the slug), loaded from
 * `dist/locales/<lang>/<slug>.json`, with `fallbackLng: 'de'` on the site. Shape (see README.md):
 *
 *   { "title": "…", "segments": { "<segment id>": "<inline Markdown>" },
 *     "structure": [ { "kind": "paragraph", "segments": ["<id>", …] }, … ] }
 *
 * A target-language bundle holds only the segments a reader may see: confirmed ones (edited/reviewed), plus the
 * machine text when publishing drafts. Any other segment is left out, so i18next falls back to the German.
 * Values are inline Markdown made inert (no tag start, unsafe links reduced to their words, `{{` and `$t(` as
 * character references so a site's t() neither interpolates nor nests them): render them with a Markdown renderer.
 */
import type { PublishedArticle } from './article-model.ts';
import { inertMarkdown } from './inert-markdown.ts';

export interface ContentBundle {
  title?: string;
  segments: Record<string, string>;
  structure: Array<{ kind: string; depth?: number; ordered?: boolean; segments: string[] }>;
}

export function contentBundle(article: PublishedArticle, drafts: boolean): ContentBundle {
  const segments: Record<string, string> = {};
  let title: string | undefined;
  for (const placed of article.blocks) {
    const shown = placed.segments.filter((segment) => segment.translated && (segment.final || drafts));
    for (const segment of shown) segments[segment.id] = inertMarkdown(segment.text);
    if (placed.block.kind === 'title' && shown.length === placed.segments.length) title = shown.map((segment) => inertMarkdown(segment.text)).join(' ');
  }
  const structure = article.blocks.map(({ block, segments: placed }) => ({
    kind: block.kind,
    ...(block.depth !== undefined ? { depth: block.depth } : {}),
    ...(block.ordered !== undefined ? { ordered: block.ordered } : {}),
    segments: placed.map((segment) => segment.id),
  }));
  return { ...(title !== undefined ? { title } : {}), segments, structure };
}

export function serializeBundle(bundle: ContentBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
