/**
 * Invariants for any input: spans are ordered, non-overlapping, non-empty and trimmed; nothing but whitespace lies
 * outside them (no character is lost or added); no span crosses a line break.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, segmentSpans } from '../../src/segment/index.ts';

const pieces = [
  'Der', 'die', 'Haus', 'geht', 'Über', 'ärgerlich', 'Straße', 'z', 'B', 'Dr', 'usw', 'Mio', 'Juni', 'XIV',
  'RENEWZ', 'de', 'www', 'https://', 'a@b', '12', '3', '2025', '1.000', ',', '.', '..', '...', '…', '!', '?',
  ':', ';', '-', '–', '„', '“', '”', '"', '»', '«', '‚', '‘', '’', "'", '(', ')', '[', ']', '[6]', '¹',
  ' ', ' ', ' ', '  ', '\u00a0', '\t', '\n', '\r\n', '\u2028', '👍', '🎉', '\ud83d', 'ß', 'ı',
];

const germanish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 80 });

function checkInvariants(text: string): void {
  const spans = segmentSpans(text);
  let previousEnd = 0;
  for (const { start, end } of spans) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(text.slice(previousEnd, start)).toMatch(/^\s*$/);
    const sentence = text.slice(start, end);
    expect(sentence.trim()).toBe(sentence);
    expect(sentence).not.toMatch(/[\n\r\u2028\u2029]/);
    previousEnd = end;
  }
  expect(text.slice(previousEnd)).toMatch(/^\s*$/);
  expect(segment(text)).toEqual(spans.map((s) => text.slice(s.start, s.end)));
}

describe('segmentSpans invariants', () => {
  it('hold for German-like text with punctuation, digits, quotes and line breaks', () => {
    fc.assert(fc.property(germanish, checkInvariants), { numRuns: 3000 });
  });

  it('hold for arbitrary UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(codeUnits, checkInvariants), { numRuns: 2000 });
  });

  it('never split inside a word with no terminator in it', () => {
    fc.assert(
      fc.property(germanish, (text) => {
        for (const sentence of segment(text)) {
          expect(text).toContain(sentence);
        }
        const words = text.split(/\s+/).filter((w) => w && !/[.!?…]/.test(w));
        const joined = segment(text).join(' ');
        for (const word of words) expect(joined).toContain(word);
      }),
      { numRuns: 1000 },
    );
  });
});
