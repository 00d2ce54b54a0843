import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/terms/index.ts';
import { aligned, NO_GLOSSARY } from './aligned.ts';

const SHOIGU = aligned([
  { article: 'a', de: 'Der Sicherheitsberater Sergej Schoygu reiste nach Pjöngjang.', en: 'Security adviser Sergei Shoigu travelled to Pyongyang.', ko: '세르게이 쇼이구 안보 보좌관은 평양을 방문했다.' },
  { article: 'a', de: 'Schoygus Besuch dauerte zwei Tage.', en: "Shoigu's visit lasted two days.", ko: '쇼이구의 방문은 이틀 동안 이어졌다.' },
  { article: 'b', de: 'In Moskau sagte Schoygu, die Zusammenarbeit wachse.', en: 'In Moscow, Shoigu said the cooperation was growing.', ko: '쇼이구는 모스크바에서 협력이 커지고 있다고 말했다.' },
  { article: 'b', de: 'Die Zusammenarbeit mit dem Norden wächst.', en: 'Cooperation with the North is growing.', ko: '북한과의 협력이 커지고 있다.' },
  { article: 'c', de: 'Kim Jong-un empfing ihn in Pjöngjang.', en: 'Kim Jong Un received him in Pyongyang.', ko: '김정은은 평양에서 그를 맞았다.' },
  { article: 'c', de: 'Danach sprach Kim mit Schoygu.', en: 'Kim then spoke with Shoigu.', ko: '김정은이 이후 쇼이구와 대화했다.' },
  { article: 'c', de: 'Laut Kim ist die Lage stabil.', en: 'According to Kim, the situation is stable.', ko: '김정은에 따르면 상황은 안정적이다.' },
]);

describe('terms suggest: candidates', () => {
  it('groups inflected forms and the surname alone under the full name, ranked by articles', () => {
    const { candidates } = findTerms(SHOIGU, NO_GLOSSARY);
    const shoigu = candidates.find((c) => c.term === 'Sergej Schoygu');
    expect(shoigu).toBeDefined();
    expect(shoigu!.forms).toContain('Schoygus');
    expect(shoigu!.short).toEqual(['Schoygu']);
    expect(shoigu!.articles).toBe(3);
    expect(shoigu!.derive).toContain('genitive-s');
    expect(candidates[0]!.term).toBe('Sergej Schoygu');
    expect(candidates.some((c) => c.term === 'Schoygus' || c.term === 'Schoygu')).toBe(false);
  });

  it('leaves out nouns, words written lower-case elsewhere and words capitalised only at a sentence start', () => {
    const terms = findTerms(SHOIGU, NO_GLOSSARY).candidates.map((c) => c.term);
    expect(terms).not.toContain('Zusammenarbeit');
    expect(terms).not.toContain('Besuch');
    expect(terms).not.toContain('Danach');
    expect(terms).not.toContain('Laut');
    expect(terms).not.toContain('Norden');
  });

  it('skips what a glossary entry already covers', () => {
    const glossary = { matchGerman: (text: string) => [...text.matchAll(/Pjöngjang/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })) };
    const terms = findTerms(SHOIGU, glossary).candidates.map((c) => c.term);
    expect(terms).not.toContain('Pjöngjang');
    expect(terms).toContain('Sergej Schoygu');
  });

  it('raises a name after a title or before a company form, even without translations', () => {
    const segments = aligned([
      { de: 'Das sagte Sprecher Peskow am Montag.' },
      { de: 'Die Firma arbeitet mit der Rheinmetall AG zusammen.' },
      { de: 'Die Zahl der Anfragen stieg.' },
    ]);
    const terms = findTerms(segments, NO_GLOSSARY).candidates.map((c) => c.term);
    expect(terms).toContain('Peskow');
    expect(terms).toContain('Rheinmetall AG');
    expect(terms).not.toContain('Zahl');
    expect(terms).not.toContain('Anfragen');
  });
});

describe('terms suggest: proposed equivalents', () => {
  it('proposes the English and Korean forms with their counts, Korean particles stripped', () => {
    const shoigu = findTerms(SHOIGU, NO_GLOSSARY).candidates.find((c) => c.term === 'Sergej Schoygu')!;
    expect(shoigu.proposals.en).toMatchObject({ form: 'Sergei Shoigu', short: 'Shoigu', count: 4, basis: 'person' });
    expect(shoigu.proposals.ko).toMatchObject({ form: '세르게이 쇼이구', short: '쇼이구', count: 4 });
    expect(shoigu.proposals.ko!.confidence).toBeGreaterThan(0.5);
  });

  it('keeps 김정은 whole although it ends in the particle 은', () => {
    const kim = findTerms(SHOIGU, NO_GLOSSARY).candidates.find((c) => c.term === 'Kim Jong-un')!;
    expect(kim.short).toEqual(['Kim']);
    expect(kim.proposals.ko?.form).toBe('김정은');
    expect(kim.proposals.en?.form).toBe('Kim Jong Un');
  });

  it("asks people's translations first and machine ones only when those say nothing", () => {
    const segments = aligned([
      { de: 'Der Minister Tanaka kam.', en: 'Minister Tanaka came.', ko: '다나카 장관이 왔다.', status: 'reviewed' },
      { de: 'Später sprach Tanaka.', en: 'Later Tanaka spoke.', ko: '이후 다나카가 말했다.', status: 'edited' },
      { de: 'Tanaka blieb.', en: 'Tanaka stayed.', ko: '타나카가 남았다.', status: 'machine' },
      { de: 'Auch Tanaka schwieg.', en: 'Tanaka, too, was silent.', ko: '타나카도 침묵했다.', status: 'machine' },
      { de: 'Der Gast Tanaka ging.', en: 'The guest Tanaka left.', ko: '손님 타나카는 떠났다.', status: 'machine' },
    ]);
    const tanaka = findTerms(segments, NO_GLOSSARY).candidates.find((c) => c.term === 'Tanaka')!;
    expect(tanaka.proposals.ko).toMatchObject({ form: '다나카', count: 2, basis: 'person' });
  });

  it('proposes nothing on thin evidence', () => {
    const segments = aligned([{ de: 'Der Minister Tanaka kam.', en: 'The minister arrived.', ko: '장관이 도착했다.' }]);
    const tanaka = findTerms(segments, NO_GLOSSARY).candidates.find((c) => c.term === 'Tanaka')!;
    expect(tanaka.proposals).toEqual({});
  });
});

describe('terms inconsistent', () => {
  it('lists a name rendered two ways in one language, with every place', () => {
    const segments = aligned([
      { de: 'Minister Schoygu kam.', en: 'Minister Shoigu came.', ko: '쇼이구 장관이 왔다.' },
      { de: 'Dann sprach Schoygu.', en: 'Then Shoigu spoke.', ko: '이어 쇼이구가 말했다.' },
      { de: 'Schoygu ging nach Hause.', en: 'Shoygu went home.', ko: '쇼이그는 귀가했다.' },
      { de: 'Auch Schoygu lachte.', en: 'Shoigu laughed too.', ko: '쇼이구도 웃었다.' },
    ]);
    const { inconsistencies } = findTerms(segments, NO_GLOSSARY);
    const en = inconsistencies.find((i) => i.language === 'en');
    const ko = inconsistencies.find((i) => i.language === 'ko');
    expect(en?.renderings.map((r) => [r.form, r.places.map((p) => p.where)])).toEqual([
      ['Shoigu', ['translations/en/a.yaml:1', 'translations/en/a.yaml:2', 'translations/en/a.yaml:4']],
      ['Shoygu', ['translations/en/a.yaml:3']],
    ]);
    expect(ko?.renderings.map((r) => r.form)).toEqual(['쇼이구', '쇼이그']);
  });
});

describe('terms suggest: the issue examples', () => {
  it('groups Selenskyjs under Selenskyj and raises a town by its -burg ending', () => {
    const segments = aligned([
      { de: 'Das Treffen mit Selenskyj fand in Wolfsburg statt.' },
      { de: 'Selenskyjs Berater widersprach am Abend.' },
      { de: 'Danach reiste Selenskyj weiter.' },
    ]);
    const { candidates } = findTerms(segments, NO_GLOSSARY, { minConfidence: 0.3 });
    const zelensky = candidates.find((c) => c.term === 'Selenskyj');
    expect(zelensky?.forms).toEqual(['Selenskyjs']);
    expect(zelensky?.derive).toEqual(['genitive-s']);
    const town = candidates.find((c) => c.term === 'Wolfsburg');
    expect(town?.evidence).toContain('name-suffix');
    expect(town!.confidence).toBeGreaterThan(candidates.find((c) => c.term === 'Berater')?.confidence ?? 0);
  });
});

describe('terms suggest: English forms the German spells the same way', () => {
  it('extends to a hyphenated full English name word by word (Lee → Lee Jae-myung)', () => {
    const segments = aligned([
      { de: 'Der Politiker Lee Jae-myung sprach.', en: 'The politician Lee Jae-myung spoke.', ko: '정치인 이재명은 말했다.' },
      { de: 'Danach sprach Lee Jae-myung erneut.', en: 'Then Lee Jae-myung spoke again.', ko: '이후 이재명이 다시 말했다.' },
      { de: 'Am Abend sagte Lee, er sei zufrieden.', en: 'In the evening, Lee said he was satisfied.', ko: '저녁에 이 대통령은 만족한다고 말했다.' },
    ]);
    const lee = findTerms(segments, NO_GLOSSARY).candidates.find((c) => c.term === 'Lee Jae-myung')!;
    expect(lee.proposals.en).toMatchObject({ form: 'Lee Jae-myung', short: 'Lee' });
  });

  it('proposes an English form seen only at a sentence start when it is the German name itself (RENEWZ.de)', () => {
    const segments = aligned([{ de: 'Das berichtet RENEWZ.de am Montag.', en: 'RENEWZ.de reported this on Monday.' }]);
    const outlet = findTerms(segments, NO_GLOSSARY).candidates.find((c) => c.term === 'RENEWZ.de')!;
    expect(outlet.proposals.en?.form).toBe('RENEWZ.de');
  });
});
