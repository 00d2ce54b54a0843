/** Builds what rules see: one view per segment, computing plain text and glossary matches once, lazily. */
import { compareCodePoints } from '../core/diagnostic.ts';
import type { Glossary, TargetMatch, TermMatch } from '../glossary/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';
import { germanLeftInTarget } from './german-in-target.ts';
import { plainWithOffsets, type PlainWithOffsets } from './plain-text.ts';
import { fieldLocation } from './scalar-position.ts';
import type { TargetLanguage, TranslationEntry } from '../core/translation.ts';
import type { CheckContext, CheckInput, Location, SegmentView } from './types.ts';

export function createContext(input: CheckInput): CheckContext {
  const files = [...input.files].sort((a, b) => compareCodePoints(a.path, b.path));
  const segments = files.flatMap((file) => file.model.segments.map((_, index) => segmentView(input.glossary, file, index)));
  return { glossary: input.glossary, options: input.options ?? {}, segments, ...(input.terms ? { terms: input.terms } : {}) };
}

function segmentView(glossary: Glossary, file: ParsedTranslationFile, index: number): SegmentView {
  return new ParsedSegmentView(glossary, file, index);
}

/** A class, not an object literal with getters: V8 keeps such a literal in dictionary mode, some 600 bytes a segment. */
class ParsedSegmentView implements SegmentView {
  readonly language: TargetLanguage;
  readonly entry: TranslationEntry;
  readonly hasTarget: boolean;
  #source: string | undefined;
  #target: PlainWithOffsets | undefined;
  #germanMatches: TermMatch[] | undefined;
  #targetMatches: TargetMatch[] | undefined;
  #germanInTarget: TermMatch[] | undefined;

  constructor(readonly glossary: Glossary, readonly file: ParsedTranslationFile, readonly index: number) {
    this.entry = file.model.segments[index]!;
    this.language = file.model.language;
    this.hasTarget = this.entry.target.trim() !== '';
  }

  get sourcePlain(): string {
    return (this.#source ??= plainWithOffsets(this.entry.source).text);
  }

  get targetPlain(): string {
    return this.#plainTarget().text;
  }

  get germanMatches(): TermMatch[] {
    return (this.#germanMatches ??= this.glossary.matchGerman(this.sourcePlain));
  }

  get targetMatches(): TargetMatch[] {
    return (this.#targetMatches ??= this.glossary.matchTarget(this.language, this.#plainTarget().text));
  }

  get germanInTarget(): TermMatch[] {
    return (this.#germanInTarget ??= germanLeftInTarget(this.glossary, this.language, this.#plainTarget().text, this.targetMatches));
  }

  at(field: Parameters<SegmentView['at']>[0], span?: Parameters<SegmentView['at']>[1]): Location {
    if (span === undefined || field !== 'target') return fieldLocation(this.file, this.index, field);
    const plain = this.#plainTarget();
    const start = plain.markdownOffset(span.start);
    // After the span's last character, not after markup that closes behind it (`*Shoigu*`).
    const end = span.end > span.start ? plain.markdownOffset(span.end - 1) + 1 : start;
    return fieldLocation(this.file, this.index, field, { start, end });
  }

  #plainTarget(): PlainWithOffsets {
    return (this.#target ??= plainWithOffsets(this.entry.target));
  }
}
