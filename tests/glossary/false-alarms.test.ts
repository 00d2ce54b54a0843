/**
 * Glossary matching without false alarms (issue 12, items 7–11): exceptions to forbidden forms, German forms a
 * language accepts, sentence-initial capitals and headlines in capitals, terms inside other terms, short forms
 * inside longer names.
 */
import { describe, expect, it } from 'vitest';
import { germanLeftInTarget } from '../../src/check/german-in-target.ts';
import { entry, glossaryOf } from './inline-glossary.ts';

const show = (matches: ReadonlyArray<{ entry: string; text: string; kind?: string }>) =>
  matches.map((m) => `${m.entry}:${m.kind ? `${m.kind}:` : ''}${m.text}`);

describe('forbidden_exceptions (item 7)', () => {
  const glossary = glossaryOf(entry('kyiv', '{ term: Kiew }',
    '{ preferred: Kyiv, forbidden: [Kiev], forbidden_exceptions: [Chicken Kiev] }',
    '{ preferred: 키이우, forbidden: [키예프], forbidden_exceptions: [치킨 키예프] }'));

  it('leaves a forbidden form inside an exception phrase unreported, and reports it elsewhere', () => {
    expect(show(glossary.matchTarget('en', 'Chicken Kiev in Kyiv'))).toEqual(['kyiv:preferred:Kyiv']);
    expect(show(glossary.matchTarget('en', 'Chicken Kiev in Kiev'))).toEqual(['kyiv:forbidden:Kiev']);
    expect(show(glossary.matchTarget('ko', '키이우의 치킨 키예프'))).toEqual(['kyiv:preferred:키이우']);
    expect(show(glossary.matchTarget('ko', '키예프의 치킨 키예프'))).toEqual(['kyiv:forbidden:키예프']);
  });

  it('does not let an exception phrase stand for the entry', () => {
    expect(glossary.matchTarget('en', 'Chicken Kiev is served.')).toEqual([]);
  });

  it('refuses an exception that holds none of the forbidden forms', () => {
    expect(() => glossaryOf(entry('kyiv', '{ term: Kiew }', '{ preferred: Kyiv, forbidden: [Kiev], forbidden_exceptions: [Chicken Kyiv] }', '{ preferred: 키이우 }')))
      .toThrow(/forbidden_exceptions contains none of the forbidden English forms/);
  });
});

describe('allow_german (item 8)', () => {
  it('makes every German form of the entry an accepted form in that language only', () => {
    const glossary = glossaryOf(entry('iaea', '{ term: IAEA, derive: [hyphen-compounds] }',
      '{ preferred: International Atomic Energy Agency }', '{ preferred: 국제원자력기구, allow_german: true }'));
    expect(show(glossary.matchTarget('ko', 'IAEA는 발표했다'))).toEqual(['iaea:accepted:IAEA']);
    expect(glossary.matchTarget('en', 'The IAEA said')).toEqual([]);
  });

  it('is a boolean', () => {
    expect(() => glossaryOf(entry('iaea', '{ term: IAEA }', '{ preferred: IAEA }', '{ preferred: 국제원자력기구, allow_german: yes please }')))
      .toThrow(/allow_german/);
  });
});

describe('short forms inside longer names (item 11)', () => {
  const glossary = glossaryOf(
    `  - id: kim-jong-un
    kind: person
    de: { term: Kim Jong-un, variants: [Kim Jong Un], short: [Kim], derive: [genitive-s] }
    en: { preferred: Kim Jong Un, short: Kim }
    ko: { preferred: 김정은 }
  - id: lee-jae-myung
    kind: person
    de: { term: Lee Jae-myung, short: [Lee] }
    en: { preferred: Lee Jae-myung, short: Lee }
    ko: { preferred: 이재명 }
  - id: vladimir-putin
    kind: person
    de: { term: Wladimir Putin, short: [Putin] }
    en: { preferred: Vladimir Putin, short: Putin }
    ko: { preferred: 블라디미르 푸틴, short: 푸틴 }
`);
  const german = (text: string) => show(glossary.matchGerman(text));
  const english = (text: string) => show(glossary.matchTarget('en', text));

  it('does not take the start of an unknown longer name for the short form, in German', () => {
    expect(german('Kim Jong Il starb 2011.')).toEqual([]);
    expect(german('Seine Schwester Kim Yo Jong drohte.')).toEqual([]);
    expect(german('Kim Il-sung gründete den Staat.')).toEqual([]);
    expect(german('Der frühere Premier Lee Hae-chan schwieg.')).toEqual([]);
  });

  it('still finds the short form before a verb, a German noun or another known name', () => {
    expect(german('Kim sagte, er sei bereit.')).toEqual(['kim-jong-un:Kim']);
    expect(german('Es ist unklar, ob Kim Truppen nach Russland schickt.')).toEqual(['kim-jong-un:Kim']);
    expect(german('Kims Schwester Kim Yo Jong drohte.')).toEqual(['kim-jong-un:Kims']);
    expect(german('Als Kim Putin traf, lachte Lee.')).toEqual(['kim-jong-un:Kim', 'vladimir-putin:Putin', 'lee-jae-myung:Lee']);
    expect(german('Kim Jong Un und Kim Jong-un')).toEqual(['kim-jong-un:Kim Jong Un', 'kim-jong-un:Kim Jong-un']);
  });

  it('does not let a longer name in the target stand for the entry, in English', () => {
    expect(english('Kim Yo Jong met her brother.')).toEqual([]);
    expect(english('Kim Jong Il and Lee Myung-bak')).toEqual([]);
    expect(english('Kim said Putin agreed.')).toEqual(['kim-jong-un:accepted:Kim', 'vladimir-putin:accepted:Putin']);
    expect(english("Kim's sister Kim Yo Jong")).toEqual(['kim-jong-un:accepted:Kim']);
  });
});

describe('letter case (item 9)', () => {
  const glossary = glossaryOf(
    entry('north-korean-troops', '{ term: nordkoreanische Truppen, derive: [adjective-endings] }', '{ preferred: North Korean troops }', '{ preferred: 북한군 }', 'case: sensitive') +
    entry('korean-peninsula', '{ term: Koreanische Halbinsel, derive: [adjective-endings] }', '{ preferred: Korean Peninsula }', '{ preferred: 한반도 }') +
    entry('united-states', '{ term: USA }', '{ preferred: the United States, forbidden: [USA] }', '{ preferred: 미국 }') +
    entry('russia', '{ term: Russland }', '{ preferred: Russia }', '{ preferred: 러시아 }') +
    entry('lee', '{ term: Lee Jae-myung, variants: [Lee Jae-Myung] }', '{ preferred: Lee Jae-myung, forbidden: [Lee Jae-Myung] }', '{ preferred: 이재명 }'),
  );
  const german = (text: string) => show(glossary.matchGerman(text));
  const english = (text: string) => show(glossary.matchTarget('en', text));

  it('matches a lower-case form capitalised at the start of a sentence, not in the middle of one', () => {
    expect(german('Nordkoreanische Truppen kämpfen.')).toEqual(['north-korean-troops:Nordkoreanische Truppen']);
    expect(german('Sie kämpfen. „Nordkoreanischen Truppen fehlt Erfahrung“')).toEqual(['north-korean-troops:Nordkoreanischen Truppen']);
    expect(german('Die nordkoreanischen Truppen kämpfen.')).toEqual(['north-korean-troops:nordkoreanischen Truppen']);
    expect(english('The United States said no. So did the United States.')).toEqual(['united-states:preferred:The United States', 'united-states:preferred:the United States']);
    expect(english('So says The United States.')).toEqual([]);
  });

  it('lets a German adjective that starts a name match in either case; a noun keeps its capital', () => {
    expect(german('auf der koreanischen Halbinsel')).toEqual(['korean-peninsula:koreanischen Halbinsel']);
    expect(german('Die Koreanische Halbinsel')).toEqual(['korean-peninsula:Koreanische Halbinsel']);
    expect(german('russland und Halbinsel')).toEqual([]);
  });

  it('matches a headline in capitals ignoring case, where capitals cannot tell an allowed form from a forbidden one', () => {
    expect(german('KIM TRIFFT LEE JAE-MYUNG IN RUSSLAND')).toEqual(['lee:LEE JAE-MYUNG', 'russia:RUSSLAND']);
    expect(english('LEE JAE-MYUNG MEETS THE UNITED STATES')).toEqual(['lee:preferred:LEE JAE-MYUNG', 'united-states:preferred:THE UNITED STATES']);
    expect(english('LEE JAE-MYUNG IN THE USA')).toEqual(['lee:preferred:LEE JAE-MYUNG', 'united-states:forbidden:USA']);
    // An acronym or two is not a headline in capitals.
    expect(german('USA und RUSSLAND')).toEqual(['united-states:USA']);
    expect(show(glossary.matchTarget('ko', 'USA와 EU, 미국'))).toEqual(['united-states:preferred:미국']);
  });
});

describe('one span, several entries (item 10)', () => {
  const glossary = glossaryOf(
    entry('north-korea', '{ term: Nordkorea }', '{ preferred: North Korea }', '{ preferred: 북한, forbidden: [북조선] }') +
    entry('army', '{ term: Volksarmee }', '{ preferred: Korean People\'s Army }', '{ preferred: 북한군, accepted: [북조선군] }') +
    entry('kim', '{ term: Kim Jong-un, short: [Kim] }', '{ preferred: Kim Jong Un, short: Kim, forbidden: [Kim Jong-un] }', '{ preferred: 김정은 }') +
    entry('kim-yo-jong', '{ term: Kim Yo-jong }', '{ preferred: Kim Yo Jong, accepted: [Kim] }', '{ preferred: 김여정 }'),
  );
  const korean = (text: string) => glossary.matchTarget('ko', text).map((m) => `${m.entry}:${m.kind}:${m.text}${m.nested ? ' (nested)' : ''}`);

  it('lets the longest match keep the shorter entry’s form that a compound holds', () => {
    expect(korean('북한군이 진격했다')).toEqual(['army:preferred:북한군', 'north-korea:preferred:북한 (nested)']);
  });

  it('finds no forbidden form inside an allowed compound, and nothing of the entry inside its own match', () => {
    expect(korean('북조선군이 진격했다')).toEqual(['army:accepted:북조선군']);
    expect(korean('북한은')).toEqual(['north-korea:preferred:북한']);
  });

  it('does not take a whole word of a longer name for another entry', () => {
    expect(show(glossary.matchTarget('en', 'Kim Jong-un and Kim Yo Jong'))).toEqual(['kim:forbidden:Kim Jong-un', 'kim-yo-jong:preferred:Kim Yo Jong']);
  });
});

describe('capitals are judged on the target as written (item 9)', () => {
  const glossary = glossaryOf(entry('russia', '{ term: Russland }', '{ preferred: Russia }', '{ preferred: 러시아 }'));

  it('does not take Korean with Latin acronyms for a headline in capitals when looking for German left in it', () => {
    expect(germanLeftInTarget(glossary, 'ko', 'NATO와 EU는 오늘 RUSSLAND를 강하게 비판했다고 밝혔다', [])).toEqual([]);
    expect(show(germanLeftInTarget(glossary, 'ko', 'NATO와 EU는 Russland를 비판했다', []))).toEqual(['russia:Russland']);
    expect(show(germanLeftInTarget(glossary, 'en', 'NATO AND EU CRITICISE RUSSLAND', []))).toEqual(['russia:RUSSLAND']);
  });
});
