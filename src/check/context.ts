/** Builds what rules see: one view per segment, computing plain text and glossary matches once, lazily. */
import { compareCodePoints } from '../core/diagnostic.ts';
import type { Glossary, TargetMatch, TermMatch } from '../glossary/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';
import { germanLeftInTarget } from './german-in-target.ts';
import { plainWithOffsets, type PlainWithOffsets } from './plain-text.ts';
import { fieldLocation } from './scalar-position.ts';
import type { CheckContext, CheckInput, SegmentView } from './types.ts';

export function createContext(input: CheckInput): CheckContext {
  const files = [...input.files].sort((a, b) => compareCodePoints(a.path, b.path));
  const segments = files.flatMap((file) => file.model.segments.map((_, index) => segmentView(input.glossary, file, index)));
  return { glossary: input.glossary, options: input.options ?? {}, segments, ...(input.terms ? { terms: input.terms } : {}) };
}

function segmentView(glossary: Glossary, file: ParsedTranslationFile, index: number): SegmentView {
  const entry = file.model.segments[index]!;
  const language = file.model.language;
  let source: string | undefined;
  let target: PlainWithOffsets | undefined;
  let germanMatches: TermMatch[] | undefined;
  let targetMatches: TargetMatch[] | undefined;
  let germanInTarget: TermMatch[] | undefined;
  const targetPlain = () => (target ??= plainWithOffsets(entry.target));
  return {
    file,
    language,
    index,
    entry,
    hasTarget: entry.target.trim() !== '',
    get sourcePlain() {
      return (source ??= plainWithOffsets(entry.source).text);
    },
    get targetPlain() {
      return targetPlain().text;
    },
    get germanMatches() {
      return (germanMatches ??= glossary.matchGerman(this.sourcePlain));
    },
    get targetMatches() {
      return (targetMatches ??= glossary.matchTarget(language, targetPlain().text));
    },
    get germanInTarget() {
      return (germanInTarget ??= germanLeftInTarget(glossary, language, targetPlain().text, this.targetMatches));
    },
    at(field, span) {
      if (span === undefined || field !== 'target') return fieldLocation(file, index, field);
      const plain = targetPlain();
      const start = plain.markdownOffset(span.start);
      // After the span's last character, not after markup that closes behind it (`*Shoigu*`).
      const end = span.end > span.start ? plain.markdownOffset(span.end - 1) + 1 : start;
      return fieldLocation(file, index, field, { start, end });
    },
  };
}
