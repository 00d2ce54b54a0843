/**
 * Articles as read by the workspace loader → aligned segments: each German sentence with its English and
 * Korean targets (matched by segment id), in plain text. A stale target translates older German, so it is
 * left out; so is an empty one.
 */
import { effectiveStatus } from '../core/person-edit.ts';
import type { SourceSegment } from '../core/document.ts';
import type { TargetLanguage, TranslationFile } from '../core/translation.ts';
import { toPlain } from '../source/index.ts';
import { locate, type ParsedTranslationFile } from '../store/index.ts';
import type { AlignedSegment } from './types.ts';

export interface ArticleToAlign {
  slug: string;
  segments: readonly SourceSegment[];
  translations: Partial<Record<TargetLanguage, TranslationFile>>;
  /** The parsed files, when known: places then carry their line (`translations/en/a.yaml:12`). */
  parsed?: Partial<Record<TargetLanguage, ParsedTranslationFile>>;
}

export function alignArticles(articles: readonly ArticleToAlign[]): AlignedSegment[] {
  const aligned: AlignedSegment[] = [];
  for (const article of articles) {
    const byId = new Map<TargetLanguage, Map<string, number>>();
    for (const [lang, file] of Object.entries(article.translations) as [TargetLanguage, TranslationFile][]) {
      byId.set(lang, new Map(file.segments.map((entry, index) => [entry.id, index])));
    }
    for (const segment of article.segments) {
      const item: AlignedSegment = { article: article.slug, id: segment.id, source: segment.plain, targets: {} };
      for (const [lang, ids] of byId) {
        const file = article.translations[lang]!;
        const index = ids.get(segment.id);
        const entry = index === undefined ? undefined : file.segments[index];
        if (!entry || entry.target.trim() === '') continue;
        const status = effectiveStatus(entry);
        if (status === 'stale') continue;
        const parsed = article.parsed?.[lang];
        const path = parsed?.path ?? `translations/${lang}/${article.slug}.yaml`;
        const where = parsed ? `${path}:${locate(parsed, index!, 'target').line}` : path;
        item.targets[lang] = { text: plain(entry.target), status, where, key: `${path}#${index}` };
      }
      aligned.push(item);
    }
  }
  return aligned;
}

function plain(markdown: string): string {
  try {
    return toPlain(markdown);
  } catch {
    return markdown;
  }
}
