/**
 * Comments anywhere in a translation file, then the transitions a run makes (stale, re-translated, stale cleared,
 * suggestion filled, moved, target edited): every comment survives, and every field the transition did not change
 * is written byte for byte as it was.
 */
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/hash.ts';
import type { TranslationEntry, TranslationFile } from '../../src/core/translation.ts';
import { parseTranslationFile, serializeTranslationFile, type ParsedTranslationFile } from '../../src/store/translation-file.ts';

const PATH = 'translations/en/a.yaml';
const words = fc.constantFrom('Der Satz.', "it's", '"quoted"', 'a: b', ' padded ', 'Ä 한국어 ’', '12', 'true', '- x', '[x]', 'Kim sagt: „Ja“.', 'plain words');
const sentence = fc.tuple(words, fc.nat(99)).map(([w, n]) => `${w} ${n}`);

const entry = fc.record({
  source: sentence,
  target: sentence,
  status: fc.constantFrom('machine', 'edited', 'reviewed', 'stale'),
  note: fc.option(sentence, { nil: undefined }),
  glossary: fc.option(fc.constantFrom(['kim'], ['kim', 'putin']), { nil: undefined }),
}).map((e): TranslationEntry => {
  const out: TranslationEntry = { id: `s${contentHash(e.source, 10)}`, source: e.source, target: e.target, status: e.status };
  if (e.glossary) out.glossary = [...e.glossary];
  out.machine = { provider: 'deepl', hash: contentHash(e.target) };
  if (e.status === 'stale') out.previousSource = `${e.source} (alt)`;
  if (e.note !== undefined) out.note = e.note;
  return out;
});

const transition = fc.constantFrom('none', 'stale', 'retranslate', 'clear-stale', 'suggest', 'edit-target');
/** Where a comment goes: after line `line`, a comment line with some indent, or at the end of that line. */
const comment = fc.record({ line: fc.nat(200), inline: fc.boolean(), indent: fc.constantFrom(0, 2, 4, 6) });

function sprinkle(text: string, comments: Array<{ line: number; inline: boolean; indent: number }>): { text: string; markers: string[] } {
  const lines = text.split('\n');
  const markers: string[] = [];
  comments.forEach((c, i) => {
    const at = c.line % lines.length;
    const marker = `#c${i} note by a person`;
    if (c.inline) {
      if (lines[at]!.trim() === '' || lines[at]!.includes('#')) return;
      lines[at] = `${lines[at]} ${marker}`;
    } else lines.splice(at + 1, 0, `${' '.repeat(c.indent)}${marker}`);
    markers.push(marker);
  });
  return { text: lines.join('\n'), markers };
}

function applyTransitions(model: TranslationFile, steps: string[], order: number[]): { model: TranslationFile; continues: Map<string, string> } {
  const next = structuredClone(model);
  const continues = new Map<string, string>();
  next.segments.forEach((segment, i) => {
    const step = steps[i];
    const changeGerman = (): void => {
      const source = `${segment.source} neu`;
      continues.set(`s${contentHash(source, 10)}`, segment.id);
      segment.id = `s${contentHash(source, 10)}`;
      segment.source = source;
    };
    if (step === 'stale' && segment.status !== 'stale' && segment.status !== 'machine') {
      segment.previousSource = segment.source;
      changeGerman();
      segment.status = 'stale';
    } else if (step === 'retranslate' && segment.status === 'machine') {
      changeGerman();
      segment.target = `EN ${segment.source}`;
      segment.machine = { provider: 'deepl', hash: contentHash(segment.target) };
    } else if (step === 'clear-stale' && segment.status === 'stale') {
      delete segment.previousSource;
      delete segment.suggestion;
      segment.status = 'edited';
    } else if (step === 'suggest' && segment.status === 'stale') {
      segment.suggestion = `EN ${segment.source}`;
    } else if (step === 'edit-target') {
      segment.target = `${segment.target} (edited)`;
      if (segment.status === 'machine') segment.status = 'edited';
    }
  });
  next.segments = order.map((i) => next.segments[i]!);
  return { model: next, continues };
}

/** The text of each field of each entry, from its key to the end of its value (with what follows on the line). */
function fieldTexts(parsed: ParsedTranslationFile): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const root = parsed.document.contents;
  const list = isMap(root) ? root.get('segments', true) : undefined;
  if (!isSeq(list)) return out;
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const fields = new Map<string, string>();
    for (const pair of item.items as Array<Pair<Node, Node>>) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const start = pair.key.range![0];
      const end = parsed.text.indexOf('\n', pair.value!.range![1] - 1);
      fields.set(String(pair.key.value), parsed.text.slice(start, end === -1 ? undefined : end));
    }
    out.set(String(fields.get('id')?.replace(/^id:\s*/, '').replace(/\s*#.*$/, '')), fields);
  }
  return out;
}

describe('comments and untouched fields through the transitions of a run', () => {
  it('are kept byte for byte wherever a person wrote them', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { minLength: 1, maxLength: 5, selector: (e) => e.id }),
        fc.array(comment, { maxLength: 12 }),
        fc.array(transition, { minLength: 5, maxLength: 5 }),
        fc.infiniteStream(fc.nat()),
        (segments, comments, steps, shuffle) => {
          const base: TranslationFile = { article: 'a', language: 'en', source: 'source/a.md', segments };
          const { text, markers } = sprinkle(serializeTranslationFile(base), comments);
          let parsed: ParsedTranslationFile;
          try {
            parsed = parseTranslationFile(text, PATH);
          } catch {
            fc.pre(false); // a comment inside a multi-line value; not a file a person would write
            return;
          }
          const order = [...segments.keys()].sort((a, b) => (shuffle.next().value % 3) - 1 || a - b);
          const { model, continues } = applyTransitions(parsed.model, steps, order);
          const output = serializeTranslationFile(model, parsed, continues);
          const reparsed = parseTranslationFile(output, PATH);
          expect(reparsed.model).toEqual(model);
          for (const marker of markers) expect(output.split(marker).length - 1, marker).toBe(1);

          const before = fieldTexts(parsed);
          const after = fieldTexts(reparsed);
          for (const segment of model.segments) {
            const oldId = continues.get(segment.id) ?? segment.id;
            const old = parsed.model.segments.find((s) => s.id === oldId)!;
            for (const [key, oldText] of before.get(oldId)!) {
              if (key === 'id') continue;
              const field = key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()) as keyof TranslationEntry;
              if (JSON.stringify(old[field]) !== JSON.stringify(segment[field])) continue;
              expect(after.get(segment.id)!.get(key), `${key} of ${segment.id}`).toBe(oldText);
            }
          }
        },
      ),
      { numRuns: Number(process.env.STORE_PROPERTY_RUNS ?? 200) },
    );
  });
});
