import { describe, expect, it } from 'vitest';
import { adjectiveForms, derivedForms, genitive } from '../../src/glossary/derive.ts';

describe('derive rules', () => {
  it('genitive-s adds -s, or an apostrophe after a hissing sound', () => {
    expect([genitive('Putin'), genitive('Moskau'), genitive('Paris'), genitive('Lee Jae-myung')]).toEqual([
      'Putins', 'Moskaus', "Paris'", 'Lee Jae-myungs',
    ]);
    expect(genitive('(KCNA)')).toBeUndefined();
  });

  it('adjective-endings inflects every adjective before the noun alike', () => {
    expect(adjectiveForms('Koreanische Zentrale Nachrichtenagentur')).toEqual([
      'Koreanischen Zentralen Nachrichtenagentur',
      'Koreanischer Zentraler Nachrichtenagentur',
      'Koreanisches Zentrales Nachrichtenagentur',
      'Koreanischem Zentralem Nachrichtenagentur',
    ]);
    expect(adjectiveForms('Ukraine')).toEqual([]);
    expect(adjectiveForms('Wladimir Putin')).toEqual([]);
  });

  it('derives from every listed form, without repeating listed ones', () => {
    expect(derivedForms(['Sergej Schoygu', 'Schoygu', 'Schoygus'], ['genitive-s'])).toEqual(['Sergej Schoygus', "Schoygus'"]);
    expect(derivedForms(['Vereinigte Staaten'], ['adjective-endings', 'hyphen-compounds'])).toEqual([
      'Vereinigten Staaten', 'Vereinigter Staaten', 'Vereinigtes Staaten', 'Vereinigtem Staaten',
    ]);
  });
});
