/**
 * A SegmentView made of a file's kept facts, for the rules across files: they read the entry, the plain texts, the
 * German glossary matches and where the target is — nothing that needs the YAML.
 */
import type { TargetLanguage } from '../core/translation.ts';
import type { Glossary } from '../glossary/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';
import type { FileFacts, SegmentFacts } from './file-findings.ts';
import type { Location, SegmentView } from './types.ts';

/** Views of the kept segments, at their indexes (the array has holes where a segment was not kept). */
export function factsViews(facts: FileFacts, glossary: Glossary): SegmentView[] {
  // Only path and article of the file are read across files; the rest of a parsed file is not kept.
  const file = { path: facts.path, model: { article: facts.article, language: facts.language } } as unknown as ParsedTranslationFile;
  return facts.segments.map((segment, index): SegmentView => new FactsView(file, facts.language, index, segment, glossary));
}

/** Where a suppression of a view made here is (applySuppressions asks). */
export function keptSuppressionAt(view: SegmentView, index: number): Location {
  if (!(view instanceof FactsView)) throw new Error('not a view of kept facts');
  return view.facts.suppressAt[index]!;
}

/**
 * A class, not an object literal: V8 keeps a literal with getters in dictionary mode, some 600 bytes each, and a
 * check across 1,000 articles holds one view per segment (34,000) at once.
 */
class FactsView implements SegmentView {
  readonly hasTarget: boolean;
  #targetMatches: SegmentView['targetMatches'] | undefined;

  constructor(
    readonly file: ParsedTranslationFile,
    readonly language: TargetLanguage,
    readonly index: number,
    readonly facts: SegmentFacts,
    readonly glossary: Glossary,
  ) {
    this.hasTarget = facts.entry.target.trim() !== '';
  }

  get entry(): SegmentView['entry'] {
    return this.facts.entry;
  }

  get sourcePlain(): string {
    return this.facts.sourcePlain;
  }

  get targetPlain(): string {
    return this.facts.targetPlain;
  }

  get germanMatches(): SegmentView['germanMatches'] {
    return this.facts.germanMatches;
  }

  get targetMatches(): SegmentView['targetMatches'] {
    return (this.#targetMatches ??= this.glossary.matchTarget(this.language, this.facts.targetPlain));
  }

  get sourceNumbers(): SegmentView['sourceNumbers'] {
    throw new Error('the German numbers are not kept for the rules across files');
  }

  get sourceDates(): SegmentView['sourceDates'] {
    throw new Error('the German dates are not kept for the rules across files');
  }

  get germanInTarget(): SegmentView['germanInTarget'] {
    throw new Error('germanInTarget is not kept for the rules across files');
  }

  at(field: Parameters<SegmentView['at']>[0], span?: Parameters<SegmentView['at']>[1]): Location {
    if (field !== 'target' || span !== undefined) throw new Error(`only the target's place is kept for the rules across files (asked: ${field})`);
    return this.facts.targetAt;
  }
}
