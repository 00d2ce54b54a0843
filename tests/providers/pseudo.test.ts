import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pseudoTranslate } from '../../src/providers/pseudo.ts';

describe('pseudo provider', () => {
  it('accents letters, wraps the sentence and keeps tags, entities and do-not-translate spans', () => {
    const out = pseudoTranslate('Das <em>ist</em> &amp; <dnt>RENEWZ.de</dnt> so.', 'en', []);
    expect(out).toBe('⟦en: Dáš <em>íšt</em> &amp; <dnt>RENEWZ.de</dnt> šó.⟧');
  });

  it('puts glossary targets in place of the German term, longest first', () => {
    const terms = [
      { entry: 'shoigu', source: 'Schoygu', target: 'Shoigu', doNotTranslate: false },
      { entry: 'shoigu', source: 'Sergej Schoygu', target: 'Sergei Shoigu', doNotTranslate: false },
    ];
    expect(pseudoTranslate('Sergej Schoygu kam.', 'ko', terms)).toBe('⟦ko: Sergei Shoigu kám.⟧');
  });

  it('is deterministic', () => {
    expect(pseudoTranslate('Ein Satz.', 'en', [])).toBe(pseudoTranslate('Ein Satz.', 'en', []));
  });
});

describe('pseudo accents', () => {
  // The rule as first written (a replace per letter), against the table that replaced it.
  const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', c: 'ç', n: 'ñ', s: 'š', y: 'ý', z: 'ž', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', C: 'Ç', N: 'Ñ', S: 'Š', Y: 'Ý', Z: 'Ž' };
  const byReplace = (text: string) => text.replace(/[aeioucnsyzAEIOUCNSYZ]/g, (char) => ACCENTS[char]!);

  it('accents every letter exactly as a replace per letter did, in any text (long, astral, Hangul, control characters)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom(...'aeiouyzcnsAEIOUYZCNSbxqäöüß평양 🎉\u0000\n'.split('')), maxLength: 20_000 }),
    ).filter((t) => !/[<&]/.test(t));
    fc.assert(
      fc.property(text, (t) => {
        expect(pseudoTranslate(t, 'en', [])).toBe(`⟦en: ${byReplace(t)}⟧`);
      }),
      { numRuns: 300 },
    );
    const long = 'Schoygu besucht Pjöngjang. '.repeat(1000);
    expect(pseudoTranslate(long, 'ko', [])).toBe(`⟦ko: ${byReplace(long)}⟧`);
  });
});
