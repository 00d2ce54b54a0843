import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEGMENT_STATUSES, type TranslationEntry, type TranslationFile } from '../../src/core/translation.ts';
import { parseTranslationFile, serializeTranslationFile } from '../../src/store/translation-file.ts';
import { commentLines, readFixture, VALID_PATHS } from './fixture-files.ts';

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('12', 'true', 'null', '- x', '#x', 'a: b', "it's", '"quoted"', 'line\nbreak', ' padded ', '', '~', '[x]', 'Ä 한국어 ’'),
);
const optionalText = fc.option(text, { nil: undefined });

const segmentEdit = fc.record({
  target: optionalText,
  status: fc.option(fc.constantFrom(...SEGMENT_STATUSES), { nil: undefined }),
  note: fc.option(fc.option(text, { nil: undefined }), { nil: null }),
  glossary: fc.option(fc.array(fc.constantFrom('kim-jong-un', 'putin', 'russland'), { maxLength: 3 }), { nil: undefined }),
  dropMachine: fc.boolean(),
});

const newSegment = fc.record({ id: fc.stringMatching(/^s[0-9a-f]{10}$/), source: text.filter((s) => s.trim() !== ''), target: text });

type SegmentEdit = typeof segmentEdit extends fc.Arbitrary<infer T> ? T : never;

function apply(model: TranslationFile, edits: Array<SegmentEdit | undefined>, order: number[], removed: number[], added: Array<{ id: string; source: string; target: string }>): TranslationFile {
  const next = structuredClone(model);
  next.segments.forEach((segment, i) => {
    const edit = edits[i];
    if (!edit) return;
    if (edit.target !== undefined) segment.target = edit.target;
    if (edit.status !== undefined) segment.status = edit.status;
    if (edit.note !== null) {
      if (edit.note === undefined) delete segment.note;
      else segment.note = edit.note;
    }
    if (edit.glossary !== undefined) segment.glossary = edit.glossary;
    if (segment.glossary?.length === 0) delete segment.glossary; // written as "omitted", read back as absent
    if (edit.dropMachine) delete segment.machine;
  });
  const kept = order.filter((i) => i < next.segments.length && !removed.includes(i)).map((i) => next.segments[i]!);
  const known = new Set(kept.map((segment) => segment.id));
  for (const segment of added) {
    if (known.has(segment.id)) continue;
    known.add(segment.id);
    const entry: TranslationEntry = { ...segment, status: 'new' };
    kept.splice(segment.id.charCodeAt(3) % (kept.length + 1), 0, entry);
  }
  next.segments = kept;
  return next;
}

describe.each(['hand-edited', 'unindented'])('random edits of %s', (name) => {
  const parsed = parseTranslationFile(readFixture('valid', name, 'input.yaml'), VALID_PATHS[name]!);
  const count = parsed.model.segments.length;

  it('read back as the model, keep the comments of kept segments, and are stable', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(segmentEdit, { nil: undefined }), { minLength: count, maxLength: count }),
        fc.shuffledSubarray([...Array(count).keys()], { minLength: count, maxLength: count }),
        fc.subarray([...Array(count).keys()], { maxLength: 1 }),
        fc.array(newSegment, { maxLength: 2 }),
        (edits, order, removed, added) => {
          const model = apply(parsed.model, edits, order, removed, added);
          const output = serializeTranslationFile(model, parsed);
          const reparsed = parseTranslationFile(output, parsed.path);
          expect(reparsed.model).toEqual(model);
          // The head is never rewritten here, so a changed first line means the patch was abandoned for a fresh file.
          expect(output.split('\n', 1)[0]).toBe(parsed.text.split('\n', 1)[0]);
          // ⊇ rather than =: a generated value may itself be a line starting with "#" inside a block scalar.
          if (removed.length === 0) expect(missingLines(commentLines(parsed.text), commentLines(output))).toEqual([]);
          expect(serializeTranslationFile(structuredClone(model), reparsed)).toBe(output);
        },
      ),
      { numRuns: Number(process.env.STORE_PROPERTY_RUNS ?? 200) },
    );
  });
});

function missingLines(expected: string[], actual: string[]): string[] {
  const left = [...actual];
  return expected.filter((line) => {
    const at = left.indexOf(line);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
}
