/**
 * Reading a translation file in dolmetsch's own layout without the yaml library (canonical-translation.ts): whatever
 * it accepts, it reads exactly as yaml does; whatever it is not sure of (hand edits it does not know, bad input) it
 * leaves to yaml (undefined), so yaml's model and diagnostics stay the truth.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TranslationEntry, TranslationFile } from '../../src/core/translation.ts';
import { readCanonicalTranslation } from '../../src/store/canonical-translation.ts';
import { parseTranslationFile, parseTranslationModel, serializeTranslationFile } from '../../src/store/index.ts';
import { serializeOverExisting } from '../../src/store/list-file-patch.ts';
import { lineLayout, listLayout } from '../../src/store/list-layout.ts';
import { TRANSLATION_FORMAT } from '../../src/store/translation-file.ts';
import { fixtureNames, readFixture, VALID_PATHS } from './fixture-files.ts';

const PATH = 'translations/en/kim-russland.yaml';

/** What yaml reads, or 'refused' when the file does not read at all. */
function yamlModel(text: string, path = PATH): TranslationFile | 'refused' {
  try {
    return parseTranslationFile(text, path).model;
  } catch {
    return 'refused';
  }
}

/** The canonical reading is yaml's, or none at all. */
function expectNeverDifferent(text: string, path = PATH): TranslationFile | undefined {
  const canonical = readCanonicalTranslation(text, path);
  if (canonical !== undefined) {
    expect(canonical, text).toStrictEqual(yamlModel(text, path));
    // The entry list cut from the lines alone, as the writer patches it, is the one cut along yaml's nodes.
    expect(lineLayout(text, 'segments'), text).toEqual(listLayout(text, TRANSLATION_FORMAT.parse(text, path, true).document, 'segments'));
  }
  return canonical;
}

/** What the writer makes of `model` over `text`: read line by line where it can, and through yaml only. */
function writtenBothWays(model: TranslationFile, text: string, path = PATH): [string, string] {
  const existing = { model: yamlModel(text, path) as TranslationFile, text, path };
  return [serializeOverExisting(TRANSLATION_FORMAT, model, existing), serializeOverExisting({ ...TRANSLATION_FORMAT, readModel: undefined }, model, existing)];
}

const pieces = ['Der', 'Satz', 'Kim Jong Un', '김정은은', '„Zitat“', '"quote"', "'s", ':', ': ', ' #', '#', '- ', '-', '?', '[x]', '{y}', ',', ', ', '&', '*', '!', '|', '>', '%', '@', '`',
  '1.200', '12', 'true', 'null', '~', 'yes', 'no', '\\', '\t', '\n', ' ', '…', '😀', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u0000', '\u0007', '\u001b', '\u0085', '\ud800', '⟦en: ', '⟧',
  "'", '"', '""', "''", '---', '...', '.inf', '0x1F', '1e3', 'https://x.org/a', '\\n', '\\u0041', '\r'];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 7 }).map((parts) => parts.join(''));
const nonEmpty = text.filter((value) => value !== '');
const entry: fc.Arbitrary<TranslationEntry> = fc.record(
  {
    id: fc.oneof(fc.constantFrom('s3f9a2c1d7b', 's1', 'true', '12'), nonEmpty),
    source: nonEmpty,
    target: text,
    status: fc.constantFrom('new', 'machine', 'edited', 'reviewed', 'stale'),
    glossary: fc.array(fc.oneof(fc.constantFrom('kim-jong-un', 'pyongyang', 'null', 'a, b'), nonEmpty), { minLength: 1, maxLength: 3 }),
    machine: fc.record({ provider: fc.oneof(fc.constantFrom('deepl', 'pseudo'), nonEmpty), hash: fc.oneof(fc.constantFrom('1a2b3c4d5e6f', 'e5'), nonEmpty) }),
    previousSource: text,
    suggestion: text,
    review: text,
    note: text,
  },
  { requiredKeys: ['id', 'source', 'target', 'status'] },
);
const words = ['Der', 'Satz', 'Kim Jong Un', '김정은은', '평양에서', '„Zitat“', '"quote":', "Lee's", 'RENEWZ.de', '(KCNA)', '–', 'über', '3.', 'Juni', 'z. B.', 'C#', '#1', '[x](https://x.org)', '*Wort*', '50%', '⟦en:', '⟧', 'yes', 'null', '12', '- a', '{y}', '&', '!'];
const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
const ordinaryEntry: fc.Arbitrary<TranslationEntry> = fc.record(
  {
    id: fc.stringMatching(/^s[0-9a-f]{11}$/),
    source: sentence,
    target: fc.oneof(sentence, fc.constant('')),
    status: fc.constantFrom('new', 'machine', 'edited', 'reviewed', 'stale'),
    glossary: fc.array(fc.constantFrom('kim-jong-un', 'pyongyang', 'null', 'true', 'un-sicherheitsrat'), { minLength: 1, maxLength: 3 }),
    machine: fc.record({ provider: fc.constantFrom('deepl', 'pseudo', 'openai', 'memory'), hash: fc.stringMatching(/^[0-9a-f]{12}$/) }),
    previousSource: sentence,
    suggestion: sentence,
    review: sentence,
    note: sentence,
  },
  { requiredKeys: ['id', 'source', 'target', 'status'] },
);
const file = fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 4 }).map((segments): TranslationFile => ({ article: 'kim-russland', language: 'en', source: 'source/kim-russland.md', segments }));

describe('reading a translation file in its own layout', () => {
  it('reads any file dolmetsch writes as yaml reads it, or leaves it to yaml', () => {
    fc.assert(
      fc.property(file, (model) => {
        expectNeverDifferent(serializeTranslationFile(model));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads ordinary files itself: sentences with quotes, colons, hashes, brackets, ids and provenance', () => {
    fc.assert(
      fc.property(fc.uniqueArray(ordinaryEntry, { selector: (e) => e.id, maxLength: 6 }), (segments) => {
        const written = serializeTranslationFile({ article: 'kim-russland', language: 'en', source: 'source/kim-russland.md', segments });
        expect(expectNeverDifferent(written), written).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the same as yaml after any one line of a written file is changed, moved or doubled — or leaves it to yaml', () => {
    const base: TranslationFile = {
      article: 'kim-russland', language: 'en', source: 'source/kim-russland.md',
      segments: [
        { id: 's1', source: 'Der Satz: „Zitat“.', target: 'The sentence: "quote".', status: 'machine', glossary: ['kim-jong-un', 'pyongyang'], machine: { provider: 'pseudo', hash: '1a2b' } },
        { id: 's2', source: 'Noch ein Satz.', target: '', status: 'stale', previousSource: 'Ein Satz.', suggestion: "Lee's one", note: 'no' },
      ],
    };
    const lines = serializeTranslationFile(base).split('\n');
    const edits = ['', '#', '  # a comment', '      # deeper', '  - id: s3', '    status: edited', '    target: more', '      continued', '    target: "x"', 'segments:', '---', '...',
      'article: other', '    note: &a x', '    note: *a', '    target: |', '    target: >-', '    target: x # c', '    glossary: []', '    machine: null', '  - { id: s9, source: x, status: new }',
      '    suppress: [{ rule: r, reason: x }]', '- id: s4', '    source:', '   status: new', '\tstatus: new', '    status: new\r', '  -  id: s5', 'language: ko', '    id: s1'];
    fc.assert(
      fc.property(fc.nat(lines.length - 1), fc.constantFrom(...edits), fc.constantFrom('replace', 'insert', 'double'), (at, edit, how) => {
        const changed = [...lines];
        if (how === 'replace') changed[at] = edit;
        else if (how === 'insert') changed.splice(at, 0, edit);
        else changed.splice(at, 0, lines[at]!);
        expectNeverDifferent(changed.join('\n'));
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves every invalid fixture to yaml and reads the valid ones as yaml does', () => {
    for (const name of fixtureNames('invalid')) {
      expect(readCanonicalTranslation(readFixture('invalid', name, 'input.yaml'), PATH), name).toBeUndefined();
    }
    for (const name of fixtureNames('valid').filter((name) => name !== 'memory')) {
      expectNeverDifferent(readFixture('valid', name, 'input.yaml'), VALID_PATHS[name]);
    }
    // Suppressions are left to yaml (rare; hand-written): without them the generated fixture is read line by line.
    const generated = readFixture('valid', 'generated', 'input.yaml');
    expect(readCanonicalTranslation(generated, VALID_PATHS.generated!)).toBeUndefined();
    expect(expectNeverDifferent(generated.replace(/^ +suppress: .*\n/m, ''), VALID_PATHS.generated!)).toBeDefined();
  });

  it('leaves a file in the wrong language folder, with a duplicated id or with CRLF line ends to yaml', () => {
    const written = serializeTranslationFile({ article: 'a', language: 'en', source: 'source/a.md', segments: [{ id: 's1', source: 'Satz.', target: 'Sentence.', status: 'machine' }] });
    expect(readCanonicalTranslation(written, 'translations/en/a.yaml')).toBeDefined();
    expect(readCanonicalTranslation(written, 'translations/ko/a.yaml')).toBeUndefined();
    expect(readCanonicalTranslation(written.replaceAll('\n', '\r\n'), 'translations/en/a.yaml')).toBeUndefined();
    const twice = written + written.slice(written.indexOf('  - id'));
    expect(readCanonicalTranslation(twice, 'translations/en/a.yaml')).toBeUndefined();
    expect(yamlModel(twice, 'translations/en/a.yaml')).toBe('refused');
  });
});

describe('writing over a file read line by line', () => {
  it('gives the same bytes as over the file read through yaml, for any edit of its entries', () => {
    const base = (segments: TranslationEntry[]): TranslationFile => ({ article: 'kim-russland', language: 'en', source: 'source/kim-russland.md', segments });
    const entries = fc.uniqueArray(ordinaryEntry, { selector: (e) => e.id, minLength: 1, maxLength: 5 });
    const comment = fc.constantFrom('', '# a note\n', '    # under the keys\n', '  # at the dash\n', '\n');
    fc.assert(
      fc.property(entries, entries, fc.array(comment, { minLength: 6, maxLength: 6 }), fc.array(fc.nat(4), { maxLength: 3 }), (before, after, comments, kept) => {
        const lines = serializeTranslationFile(base(before)).split('\n');
        // Comments a person wrote between the entries.
        const dashes = lines.flatMap((line, i) => (line.startsWith('  - ') ? [i] : [])).reverse();
        dashes.forEach((at, i) => lines.splice(at, 0, ...comments[i % comments.length]!.split('\n').slice(0, -1)));
        const text = lines.join('\n');
        if (readCanonicalTranslation(text, PATH) === undefined) return;
        // Some entries kept, changed in place (same id, other target and status), the rest new.
        const next = [...after];
        for (const i of kept) if (before[i]) next.splice(i % (next.length + 1), 0, { ...before[i]!, target: `${before[i]!.target} (neu)`, status: 'edited' });
        const unique = next.filter((entry, i) => next.findIndex((other) => other.id === entry.id) === i);
        const [quick, full] = writtenBothWays(base(unique), text);
        expect(quick).toBe(full);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseTranslationModel', () => {
  it('gives the model at once and the same yaml document and positions as parseTranslationFile when asked for them', () => {
    const text = readFixture('valid', 'generated', 'input.yaml').replace(/^ +suppress: .*\n/m, '');
    expect(readCanonicalTranslation(text, VALID_PATHS.generated!)).toBeDefined();
    const quick = parseTranslationModel(text, VALID_PATHS.generated!);
    const full = parseTranslationFile(text, VALID_PATHS.generated!);
    expect(quick.model).toStrictEqual(full.model);
    expect(quick.document.toJS()).toEqual(full.document.toJS());
    expect(quick.lineCounter.lineStarts).toEqual(full.lineCounter.lineStarts);
  });

  it('throws the same diagnostics as parseTranslationFile for a file that does not read', () => {
    for (const name of fixtureNames('invalid').filter((name) => name !== 'memory-problems')) {
      const text = readFixture('invalid', name, 'input.yaml');
      expect(() => parseTranslationModel(text, PATH), name).toThrow();
      let expected: unknown;
      try {
        parseTranslationFile(text, PATH);
      } catch (error) {
        expected = error;
      }
      expect(() => parseTranslationModel(text, PATH)).toThrow(expected as Error);
    }
  });
});
