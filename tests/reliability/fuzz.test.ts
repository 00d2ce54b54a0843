/**
 * Property tests with adversarial input: the segmenter, the Markdown reader and the translation file parser
 * never throw anything but InputError, and never lose or invent text.
 */
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostic.ts';
import { segment, segmentSpans } from '../../src/segment/index.ts';
import { readSource, segmentDocument } from '../../src/source/index.ts';
import { parseTranslationFile, serializeTranslationFile } from '../../src/store/index.ts';

const NASTY = [
  'Dr.', 'z. B.', 'u. a.', 'Nr.', 'Mio.', 'ca.', 'St.', 'Jh.', '3.', '1.000,50', '12.5.2026', '2.', 'II.', 'a.m.',
  'https://example.org/a.b?c=d.e', 'www.renewz.de', 'RENEWZ.de', 'mail@example.de', '„', '“', '‚', '‘', '»', '«', '"', "'",
  '(', ')', '[1]', '…', '...', '?!', '!', '?', '.', ':', ';', '–', '-', '👍', '🇰🇵', '👨‍👩‍👧', '\ud83d', '\udc4d', '\u200b', '\u00ad',
  ' ', ' ', '\u00a0', '\t', '\n', '\n\n', 'Er', 'sagte', 'Kim', 'Pjöngjang', 'Straße', 'ÜBER', 'ß', 'ı',
];
const adversarial = fc.array(fc.constantFrom(...NASTY), { maxLength: 50 }).map((parts) => parts.join(''));

describe('segmenter on adversarial text', () => {
  it('spans are ordered, trimmed, and re-join to the text apart from whitespace', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const spans = segmentSpans(text);
        let end = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(end);
          expect(span.end).toBeGreaterThan(span.start);
          expect(text.slice(end, span.start)).toMatch(/^\s*$/);
          end = span.end;
        }
        expect(text.slice(end)).toMatch(/^\s*$/);
        expect(segment(text).join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 1500 },
    );
  });
});

const MARKDOWN_PIECES = [
  ...NASTY, '*', '**', '_', '`', '``', '[', ']', '](https://x.org)', '![bild](a.png)', '<b>', '</b>', '<!--', '-->', '\\', '&amp;', '&#x0;',
  '\n# ', '\n## ', '\n- ', '\n1. ', '\n> ', '\n```\n', '\n---\n', '\n    ', '  \n', '|', '---\ntitle: x\n---\n', '---\n', 'title: ', ': ',
  '&a', '*a', '\r\n', '\r',
];
const markdownish = fc.array(fc.constantFrom(...MARKDOWN_PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

function readAndSegment(text: string): void {
  try {
    const document = readSource('source/fuzz.md', text);
    for (const piece of segmentDocument(document)) {
      const block = document.blocks[piece.blockIndex]!;
      expect(block.text).toContain(piece.text);
      expect(piece.text.trim()).toBe(piece.text);
      expect(piece.text).not.toBe('');
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.diagnostics.length).toBeGreaterThan(0);
    expect(error.diagnostics.every((d) => d.file === 'source/fuzz.md' && d.hint)).toBe(true);
  }
}

describe('Markdown reader on random Markdown-ish text', () => {
  it('never throws anything but InputError, and every segment is a verbatim slice of its block', () => {
    fc.assert(fc.property(markdownish, readAndSegment), { numRuns: 800 });
  });

  it('the same with arbitrary code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => readAndSegment(`---\ntitle: T\n---\n\n${text}`)), { numRuns: 500 });
  });
});

const VALID = await readFile(new URL('../../translations/en/kim-russland.yaml', import.meta.url), 'utf8').catch(() => undefined);
const SMALL = `# comment
article: bericht
language: en
source: source/bericht.md
segments:
  # before the first
  - id: s42b5abac8d
    source: Ein kleiner Bericht aus Pjöngjang
    target: "⟦en: Éíñ⟧"
    status: machine
    glossary: [ pyongyang ]
    machine: { provider: pseudo, hash: 020d09fa07ee }
  - id: sd289538d36
    source: 'Der erste Satz: steht hier.'
    target: >-
      folded
      text
    status: reviewed
    note: |
      a note
`;
const VALID_FILES = [SMALL, ...(VALID ? [VALID] : [])];
const INSERTS = ['', ' ', '\n', '\t', ':', ': ', '- ', '"', "'", '#', '&a ', '*a', '[', ']', '{', '}', '|', '>', '---\n', '...\n', '__proto__: 1\n', 'segments: x\n', '\r\n', '\ufeff', '\u0000', '~', '? ', '!!binary ', '!!js/function '];

const mutation = fc.record({
  file: fc.nat(VALID_FILES.length - 1),
  edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(8), insert: fc.constantFrom(...INSERTS) }), { minLength: 1, maxLength: 4 }),
});

describe('translation file parser on mutated files', () => {
  it('serialize(parse(x)) of a valid file is x', () => {
    for (const text of VALID_FILES) {
      const path = 'translations/en/bericht.yaml';
      const parsed = parseTranslationFile(text, path);
      expect(serializeTranslationFile(parsed.model, parsed)).toBe(text);
    }
  });

  // 1500 parses take about 6 s on a quiet machine; a CPU-bound test gets time for a shared, loaded one (46 s seen).
  it('a mutated file either parses (and re-serializes to itself) or gives an InputError with positions', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(mutation, ({ file, edits }) => {
        let text = VALID_FILES[file]!;
        for (const edit of edits) {
          const at = Math.floor(edit.at * text.length);
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
        }
        const path = 'translations/en/bericht.yaml';
        try {
          const parsed = parseTranslationFile(text, path);
          expect(serializeTranslationFile(parsed.model, parsed)).toBe(text);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(error.diagnostics.length).toBeGreaterThan(0);
          expect(error.diagnostics.every((d) => d.file === path && d.hint)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
