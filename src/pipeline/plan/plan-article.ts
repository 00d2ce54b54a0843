/** One article's translation files as the merge rules make them: the new model, what it needs, what leaves it. */
import type { MemoryEntry, TargetLanguage, TranslationFile } from '../../core/translation.ts';
import { segmentComments } from '../../store/index.ts';
import { DEFAULT_LAYOUT, translationPath, type Layout } from '../../workspace/index.ts';
import { TrackedFile } from '../tracked-file.ts';
import type { Article } from '../survey/load-repository.ts';
import { planFile, type Need } from './merge-rules.ts';

export interface PlannedFile {
  file: TrackedFile;
  needs: Need[];
  /** Translations whose sentence left the article (for the translation memory). */
  removed: MemoryEntry[];
}

/** A language whose translation file could not be read is not planned: that file is never written over. */
export function planArticle(article: Article, languages: readonly TargetLanguage[], layout: Layout = DEFAULT_LAYOUT): PlannedFile[] {
  return languages.filter((language) => !article.unreadable.includes(language)).map((language) => {
    const path = translationPath(language, article.slug, layout);
    const existing = article.translations.get(language);
    // Read from the text only when a segment leaves the file (rare), so that its comments go to the memory with it.
    let comments: Map<string, string[]> | undefined;
    const commentsOf = (id: string) => (existing === undefined ? undefined : (comments ??= segmentComments(existing)).get(id));
    const plan = planFile(article.slug, article.segments, article.glossaryIds, existing?.model.segments ?? [], commentsOf);
    const model: TranslationFile = { article: article.slug, language, source: article.document.path, segments: plan.entries };
    const file = new TrackedFile({ path, model, existing, continues: plan.continues, sourceHash: article.sourceHash });
    return { file, needs: plan.needs, removed: plan.removed };
  });
}
