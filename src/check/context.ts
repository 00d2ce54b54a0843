/** Builds what rules see: one view per segment, computing plain text and glossary matches once, lazily. */
import { compareCodePoints } from '../core/diagnostic.ts';
import type { Glossary, TargetMatch, TermMatch } from '../glossary/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';
import { extractDates, type DateMention } from './dates/extract-dates.ts';
import { germanLeftInTarget } from './german-in-target.ts';
import type { GermanMemo, GermanSide } from './german-side.ts';
import { extractNumbers, type NumbersInText } from './numbers/extract-numbers.ts';
import { plainWithOffsets, type PlainWithOffsets } from './plain-text.ts';
import { fieldLocation } from './scalar-position.ts';
import type { TargetLanguage, TranslationEntry } from '../core/translation.ts';
import type { CheckContext, CheckInput, Location, SegmentView } from './types.ts';

/** `german`: shared with the views of other files (an article's other languages), so their German is worked out once. */
export function createContext(input: CheckInput, german?: GermanMemo): CheckContext {
  const files = [...input.files].sort((a, b) => compareCodePoints(a.path, b.path));
  const segments = files.flatMap((file) => file.model.segments.map((_, index) => segmentView(input.glossary, file, index, german)));
  return { glossary: input.glossary, options: input.options ?? {}, segments, ...(input.terms ? { terms: input.terms } : {}) };
}

function segmentView(glossary: Glossary, file: ParsedTranslationFile, index: number, german: GermanMemo | undefined): SegmentView {
  return new ParsedSegmentView(glossary, file, index, german);
}

/** A class, not an object literal with getters: V8 keeps such a literal in dictionary mode, some 600 bytes a segment. */
class ParsedSegmentView implements SegmentView {
  readonly language: TargetLanguage;
  readonly entry: TranslationEntry;
  readonly hasTarget: boolean;
  #german: GermanSide | undefined;
  #target: PlainWithOffsets | undefined;
  #targetMatches: TargetMatch[] | undefined;
  #germanInTarget: TermMatch[] | undefined;

  constructor(readonly glossary: Glossary, readonly file: ParsedTranslationFile, readonly index: number, readonly memo?: GermanMemo) {
    this.entry = file.model.segments[index]!;
    this.language = file.model.language;
    this.hasTarget = this.entry.target.trim() !== '';
  }

  get sourcePlain(): string {
    const german = this.#side();
    return (german.plain ??= plainWithOffsets(this.entry.source).text);
  }

  get targetPlain(): string {
    return this.#plainTarget().text;
  }

  get germanMatches(): TermMatch[] {
    return (this.#side().matches ??= this.glossary.matchGerman(this.sourcePlain));
  }

  get sourceNumbers(): NumbersInText {
    return (this.#side().numbers ??= extractNumbers(this.sourcePlain, 'de'));
  }

  get sourceDates(): DateMention[] {
    return (this.#side().dates ??= extractDates(this.sourcePlain, 'de'));
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

  #side(): GermanSide {
    return (this.#german ??= this.memo ? this.memo.of(this.entry.source) : {});
  }

  #plainTarget(): PlainWithOffsets {
    return (this.#target ??= plainWithOffsets(this.entry.target));
  }
}
