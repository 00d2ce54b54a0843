/** Glossary forms in a further target language (ja, fr): read under the language's code, matched by its script. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostic.ts';
import { entry, glossaryOf } from './inline-glossary.ts';

const glossary = glossaryOf(
  entry('pyongyang', '{ term: Pjöngjang }', '{ preferred: Pyongyang }', '{ preferred: 평양 }',
    'ja: { preferred: 平壌, forbidden: [ピョンヤン] }\nfr: { preferred: Pyongyang, forbidden: [Pyong-Yang] }') +
  entry('moscow', '{ term: Moskau }', '{ preferred: Moscow }', '{ preferred: 모스크바 }') +
  entry('kcna', '{ term: KCNA }', '{ preferred: KCNA }', '{ preferred: KCNA }', 'dnt: true'),
);

const found = (language: string, text: string) => glossary.matchTarget(language, text).map((m) => `${m.entry}:${m.kind}:${m.text}`);

describe('further target languages in the glossary', () => {
  it('Japanese matches inside a run of letters (no spaces between words), a forbidden form too', () => {
    expect(found('ja', '代表団は平壌に向かった。ピョンヤンで')).toEqual(['pyongyang:preferred:平壌', 'pyongyang:forbidden:ピョンヤン']);
  });

  it('French matches at word boundaries: not inside a longer word', () => {
    expect(found('fr', 'De Moscou à Pyongyang, pas à Pyong-Yang.')).toEqual(['pyongyang:preferred:Pyongyang', 'pyongyang:forbidden:Pyong-Yang']);
    expect(found('fr', 'un reportage pyongyangais')).toEqual([]);
  });

  it('an entry without forms in the language is not looked for there, and gives no terms to the provider; dnt: true on the entry holds in every language', () => {
    expect(found('fr', 'Moskau, Moscow, Moscou')).toEqual([]);
    expect(glossary.termsFor(['pyongyang', 'moscow', 'kcna'], 'ja')).toEqual([
      { entry: 'pyongyang', source: 'Pjöngjang', target: '平壌', doNotTranslate: false },
      { entry: 'kcna', source: 'KCNA', target: 'KCNA', doNotTranslate: true },
    ]);
    expect(found('ja', 'KCNAによると')).toEqual(['kcna:preferred:KCNA']);
  });

  it('exports pairs for a further language only where an entry has forms, and en/ko exactly as before', () => {
    const { pairs } = glossary.export();
    expect(Object.keys(pairs)).toEqual(['en', 'ko', 'fr', 'ja']);
    expect(pairs.ja).toEqual([{ source: 'KCNA', target: 'KCNA' }, { source: 'Pjöngjang', target: '平壌' }]);
    const enKoOnly = glossaryOf(entry('moscow', '{ term: Moskau }', '{ preferred: Moscow }', '{ preferred: 모스크바 }'));
    expect(Object.keys(enKoOnly.export().pairs)).toEqual(['en', 'ko']);
  });

  it('a key that is not a language code is still an unknown key, with its line', () => {
    let error: unknown;
    try {
      glossaryOf(entry('x', '{ term: X }', '{ preferred: X }', '{ preferred: X }', 'japanese: { preferred: X }'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]).toMatchObject({ ruleId: 'glossary-unknown-key' });
  });
});
