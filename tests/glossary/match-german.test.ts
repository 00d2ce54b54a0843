import { describe, expect, it } from 'vitest';
import { entry, glossaryOf } from './inline-glossary.ts';

const glossary = glossaryOf(
  entry('russia', '{ term: Russland, derive: [genitive-s, hyphen-compounds] }', '{ preferred: Russia }', '{ preferred: 러시아 }') +
  entry('japan', '{ term: Japan }', '{ preferred: Japan }', '{ preferred: 일본 }') +
  entry('un', '{ term: UN-Sanktionen, forms: [UN-Sanktion], short: [UN] }', '{ preferred: UN sanctions }', '{ preferred: 유엔 제재 }') +
  entry('suedkorea', '{ term: Südkorea, derive: [genitive-s] }', '{ preferred: South Korea }', '{ preferred: 한국 }') +
  entry('strasse', '{ term: Große Straße }', '{ preferred: Great Street }', '{ preferred: 대로 }') +
  entry('party', '{ term: Demokratische Partei, derive: [adjective-endings] }', '{ preferred: Democratic Party }', '{ preferred: 더불어민주당 }') +
  entry('shoigu', '{ term: Sergej Schoygu, short: [Schoygu], derive: [genitive-s] }', '{ preferred: Sergei Shoigu }', '{ preferred: 세르게이 쇼이구 }') +
  entry('schoygu-clan', '{ term: Schoygu-Clan }', '{ preferred: Shoigu clan }', '{ preferred: 쇼이구 일가 }') +
  entry('website', '{ term: rodong.rep.kp }', '{ dnt: true }', '{ dnt: true }', 'case: insensitive'),
);

const found = (text: string) => glossary.matchGerman(text).map((m) => `${m.entry}:${m.text}`);

describe('matchGerman', () => {
  it('matches at word boundaries only, with offsets into the text', () => {
    expect(glossary.matchGerman('Nach Russland.')).toEqual([{ entry: 'russia', start: 5, end: 13, text: 'Russland' }]);
    expect(found('(Russland) „Japan“ Japan, Russland.')).toEqual(['russia:Russland', 'japan:Japan', 'japan:Japan', 'russia:Russland']);
  });

  it('does not match inside closed compounds or derivations', () => {
    expect(found('Seine Russlandreise, die Japaner, Großrussland, Japanisch')).toEqual([]);
  });

  it('matches listed and derived endings, with umlauts and ß as letters', () => {
    expect(found('Russlands Hilfe, Südkoreas Präsident, Schoygus Besuch')).toEqual([
      'russia:Russlands',
      'suedkorea:Südkoreas',
      'shoigu:Schoygus',
    ]);
    expect(found('in der Großen Straße')).toEqual([]);
    expect(found('die Große Straße und die Große Straßen')).toEqual(['strasse:Große Straße']);
    expect(found('Süd Südkoreaß')).toEqual([]);
  });

  it('inflects adjectives of multi-word terms', () => {
    expect(found('der Demokratischen Partei, die Demokratische Partei, dem Demokratischem Partei')).toEqual([
      'party:Demokratischen Partei',
      'party:Demokratische Partei',
      'party:Demokratischem Partei',
    ]);
  });

  it('matches hyphen compounds on either side only for entries with hyphen-compounds', () => {
    expect(found('Russland-Politik, Anti-Russland-Kurs, Pro-Russland')).toEqual([
      'russia:Russland',
      'russia:Russland',
      'russia:Russland',
    ]);
    expect(found('Japan-Politik, Anti-Japan')).toEqual([]);
    // A trailing or a spaced hyphen joins nothing.
    expect(found('Japan- und Koreapolitik; Japan - Korea')).toEqual(['japan:Japan', 'japan:Japan']);
  });

  it('matches listed hyphen forms as a whole', () => {
    expect(found('beim Umgehen von UN-Sanktionen; eine UN-Sanktion; die UN; UN-Sicherheitsrat')).toEqual([
      'un:UN-Sanktionen',
      'un:UN-Sanktion',
      'un:UN',
    ]);
  });

  it('prefers the longest match when forms overlap, also across entries', () => {
    expect(found('Treffen mit Sergej Schoygu und Schoygu')).toEqual(['shoigu:Sergej Schoygu', 'shoigu:Schoygu']);
    expect(found('der Schoygu-Clan')).toEqual(['schoygu-clan:Schoygu-Clan']);
    const [match] = glossary.matchGerman('mit Sergej Schoygu');
    expect(match).toMatchObject({ start: 4, end: 18 });
  });

  it('treats case by the entry: sensitive names, insensitive where declared', () => {
    expect(found('russland, RUSSLAND')).toEqual([]);
    expect(found('Bild von Rodong.Rep.KP')).toEqual(['website:Rodong.Rep.KP']);
  });

  it('lets whitespace in a term match any whitespace run, and decomposed umlauts', () => {
    expect(found('Sergej\u00a0Schoygu und Sergej\n  Schoygu')).toEqual(['shoigu:Sergej\u00a0Schoygu', 'shoigu:Sergej\n  Schoygu']);
    expect(found('Su\u0308dkorea')).toEqual(['suedkorea:Su\u0308dkorea']);
  });
});
