/** Abbreviations learned from the sources (Punkt-style): what counts as evidence, and what the segmenter does with it. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.ts';
import { AbbreviationLearner, abbreviationSet, learnAbbreviations } from '../../src/segment/learn-abbreviations.ts';
import fc from 'fast-check';

const sources = [
  'Die Förderung steigt laut Beil. 2 zum Budgetbegleitgesetz um zwölf Prozent. Gemeint ist die Beil. 4 nicht.',
  'Der Antrag nach Beil. 3 muss bis Ende Mai gestellt werden. Die Gemeinde hilft dabei.',
  'Um 9 Uhr begann die Sitzung. Sie dauerte bis 14 Uhr. Um 15 Uhr kam der Bürgermeister.',
  'Die Fahrt endete um 18 Uhr. Danach gab es Essen.',
  'Die Polizei meldete 2 Verletzte. Der Lenker war alkoholisiert.',
];

describe('learnAbbreviations', () => {
  it('learns a token that stands with a full stop before digits and lower case, and not a word that ends sentences', () => {
    const stats = learnAbbreviations(sources);
    expect(stats.abbreviations).toEqual([{ token: 'beil', withStop: 3, without: 0, beforeLowerOrDigit: 3 }]);
  });

  it('does not learn a token that also stands without a full stop, nor one seen only once', () => {
    const tokens = learnAbbreviations([...sources, 'Das Beil der Firma ist neu.']).abbreviations.map((a) => a.token);
    expect(tokens).not.toContain('beil');
    expect(learnAbbreviations(['Laut Bstg. 3 gilt das.']).abbreviations).toEqual([]);
  });

  it('learns from per-text counts added up exactly what it learns from the texts', () => {
    const word = fc.constantFrom('Beil', 'Abs', 'Nr', 'Haus', 'Uhr', 'bzw', 'ca', 'Dr', 'die', 'Wien', '3', 'z.B');
    const gap = fc.constantFrom('. ', ' ', ', ', '.\n', '. ', '! ');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 40 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (texts) => {
        const summed = new AbbreviationLearner();
        for (const one of texts) summed.addCounts(AbbreviationLearner.count(one));
        expect(summed.result()).toEqual(learnAbbreviations(texts));
      }),
    );
  });

  it('is deterministic: the order of the texts does not matter', () => {
    expect(learnAbbreviations([...sources].reverse())).toEqual(learnAbbreviations(sources));
  });

  it('lets the segmenter keep a learned abbreviation with the capitalised word after it, and only then', () => {
    const text = 'Zuständig ist laut Beil. Bauamt die Gemeinde. Sie prüft.';
    expect(segment(text)).toEqual(['Zuständig ist laut Beil.', 'Bauamt die Gemeinde.', 'Sie prüft.']);
    const abbreviations = abbreviationSet(learnAbbreviations(sources));
    expect(segment(text, { abbreviations })).toEqual(['Zuständig ist laut Beil. Bauamt die Gemeinde.', 'Sie prüft.']);
    // a sentence opener after it still ends the sentence
    expect(segment('Es gilt Beil. Danach nichts.', { abbreviations })).toEqual(['Es gilt Beil.', 'Danach nichts.']);
  });
});
