/**
 * A SegmentView made of a file's kept facts, for the rules across files: they read the entry, the plain texts, the
 * German glossary matches and where the target is — nothing that needs the YAML.
 */
import type { Glossary } from '../glossary/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';
import type { FileFacts } from './file-findings.ts';
import type { SegmentView } from './types.ts';

/** Views of the kept segments, at their indexes (the array has holes where a segment was not kept). */
export function factsViews(facts: FileFacts, glossary: Glossary): SegmentView[] {
  // Only path and article of the file are read across files; the rest of a parsed file is not kept.
  const file = { path: facts.path, model: { article: facts.article, language: facts.language } } as unknown as ParsedTranslationFile;
  return facts.segments.map((segment, index): SegmentView => {
    let targetMatches: SegmentView['targetMatches'] | undefined;
    return {
      file,
      language: facts.language,
      index,
      entry: segment.entry,
      hasTarget: segment.entry.target.trim() !== '',
      sourcePlain: segment.sourcePlain,
      targetPlain: segment.targetPlain,
      germanMatches: segment.germanMatches,
      get targetMatches() {
        return (targetMatches ??= glossary.matchTarget(facts.language, segment.targetPlain));
      },
      get germanInTarget(): SegmentView['germanInTarget'] {
        throw new Error('germanInTarget is not kept for the rules across files');
      },
      at(field, span) {
        if (field !== 'target' || span !== undefined) throw new Error(`only the target's place is kept for the rules across files (asked: ${field})`);
        return segment.targetAt;
      },
    };
  });
}
