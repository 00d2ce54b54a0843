/**
 * An entry patched line by line (line-patch.ts) is byte for byte the entry patched on its tokens, or not patched
 * line by line at all (undefined): then the writer tokenises it as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldValue, Fields } from '../../src/store/list-file-format.ts';
import { renderEntry } from '../../src/store/list-file-render.ts';
import { patchEntryTokens } from '../../src/store/list-file-patch.ts';
import { patchEntryLines } from '../../src/store/line-patch.ts';
import { SEGMENT_KEYS } from '../../src/store/translation-schema.ts';

const pieces = ['Der', 'Satz', 'Kim Jong Un', '김정은은', '„Zitat“', '"quote"', "'s", ':', ': ', ' #', '#', '- ', '-', '?', '[x]', '{y}', ',', ', ', '&', '*', '!', '|', '>', '%', '@', '`',
  '12', 'true', 'null', '~', 'yes', '\\', '\t', ' ', '…', '\u00a0', '\u2028', '\u0007', '\u0085', '⟦en: ', '⟧', "'", '"', '---', '1e3', '\\n', '\n'];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 6 }).map((parts) => parts.join(''));
const words = fc.array(fc.constantFrom('Der', 'Satz', '⟦en:', 'Kim', '(Meldung 1-0).⟧', 'über', 'z. B.'), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const value = fc.oneof(text, words, fc.constant(''));
const record = fc.record({ provider: fc.oneof(fc.constantFrom('pseudo', 'deepl'), text), hash: fc.oneof(fc.stringMatching(/^[0-9a-f]{12}$/), text) });

/** An entry's fields in canonical order, some optional ones left out. */
const fields: fc.Arbitrary<Fields> = fc.record(
  {
    id: fc.constantFrom('s1', 's2ab'),
    source: words,
    target: value,
    status: fc.constantFrom('new', 'machine', 'edited', 'stale'),
    glossary: fc.array(fc.oneof(fc.constantFrom('kim-jong-un', 'pyongyang'), text), { minLength: 1, maxLength: 3 }),
    machine: record,
    previous_source: value,
    suggestion: value,
    note: value,
  },
  { requiredKeys: ['id', 'source', 'target', 'status'] },
).map((entry) => SEGMENT_KEYS.filter((key) => key in entry).map((key): [string, FieldValue] => [key, (entry as Record<string, FieldValue>)[key]!]));

/** `after`: some values of `before` changed, some optional keys dropped. */
const edit = (before: Fields) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: before.length, maxLength: before.length }), fields).map(([keep, other]) => {
    const replacement = new Map(other);
    return before.flatMap(([key, old], i): Array<[string, FieldValue]> => {
      if (keep[i]) return [[key, old]];
      const next = replacement.get(key);
      return next === undefined ? (['id', 'source', 'target', 'status'].includes(key) ? [[key, old]] : []) : [[key, next]];
    });
  });

describe('an entry patched line by line', () => {
  it('is the entry patched on its tokens, byte for byte, whenever it is patched line by line', () => {
    let byLines = 0;
    fc.assert(
      fc.property(fields.chain((before) => fc.tuple(fc.constant(before), edit(before), fc.constantFrom(0, 2))), ([before, after, column]) => {
        const content = renderEntry(before, column);
        const lines = patchEntryLines(content, before, after, column);
        if (lines === undefined) return;
        byLines += 1;
        const span = { leading: '# above\n', content, trailing: '' };
        expect(span.leading + lines).toBe(patchEntryTokens(span, before, after, SEGMENT_KEYS, column, '\n'));
      }),
      { numRuns: 4000 },
    );
    // Not a test that passes by never patching line by line.
    expect(byLines).toBeGreaterThan(1000);
  });

  it('patches a new translation of an edited sentence line by line, and leaves an entry with a comment inside to the tokens', () => {
    const before: Fields = [['id', 's1'], ['source', 'Alt.'], ['target', '⟦en: Áľt.⟧'], ['status', 'machine'], ['machine', { provider: 'pseudo', hash: '1a2b3c4d5e6f' }]];
    const after: Fields = [['id', 's2'], ['source', 'Neu: jetzt.'], ['target', '⟦en: Ñéú: jétžt.⟧'], ['status', 'machine'], ['machine', { provider: 'pseudo', hash: 'f0e1d2c3b4a5' }]];
    const content = renderEntry(before, 2);
    expect(patchEntryLines(content, before, after, 2)).toBe(
      '  - id: s2\n    source: "Neu: jetzt."\n    target: "⟦en: Ñéú: jétžt.⟧"\n    status: machine\n    machine: { provider: pseudo, hash: f0e1d2c3b4a5 }\n',
    );
    expect(patchEntryLines(content.replace('    status', '    # checked\n    status'), before, after, 2)).toBeUndefined();
  });
});
