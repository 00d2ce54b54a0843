/**
 * Names whose English and Korean forms are translations, not sound-alikes (issue 15, item 5: 북한, 한국, 미국,
 * 일본, 더불어민주당, 조선중앙통신, 한반도 and a name kept in Latin letters were never proposed).
 */
import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/terms/index.ts';
import { aligned, NO_GLOSSARY } from './aligned.ts';

function candidate(rows: Parameters<typeof aligned>[0], term: string) {
  return findTerms(aligned(rows), NO_GLOSSARY).candidates.find((c) => c.term === term);
}

describe('terms suggest: translated names', () => {
  it('proposes the CLDR name of a country as the segments write it (USA → United States, 미국; Südkorea → 한국 inside 대한민국)', () => {
    const usa = candidate([
      { de: 'Ein Bericht von elf Ländern, darunter die USA und Japan, liegt vor.', en: 'A report by 11 countries, including the United States and Japan, is out.', ko: '미국과 일본 등 11개국의 보고서가 나왔다.' },
    ], 'USA');
    expect(usa?.proposals.en?.form).toBe('United States');
    expect(usa?.proposals.ko?.form).toBe('미국');
    const south = candidate([
      { de: 'Kim distanziert sich von Südkorea.', en: 'Kim is distancing himself from South Korea.', ko: '김정은은 한국과 거리를 두고 있다.' },
      { de: 'Südkoreas Präsident spricht.', en: "South Korea's president speaks.", ko: '대통령이 연설한다.' },
    ], 'Südkorea');
    expect(south?.proposals.ko?.form).toBe('한국');
  });

  it('does not take a word inside the CLDR name that stands everywhere (대한 of 에 대한)', () => {
    const rows = [
      { de: 'Die Sanktionen gegen Südkorea bleiben.', en: 'The sanctions against South Korea remain.', ko: '제재에 대한 논의가 남아 있다.' },
      { de: 'Über die Lage wurde gesprochen.', en: 'The situation was discussed.', ko: '상황에 대한 논의가 있었다.' },
      { de: 'Über den Plan wurde gesprochen.', en: 'The plan was discussed.', ko: '계획에 대한 논의가 있었다.' },
    ];
    expect(candidate(rows, 'Südkorea')?.proposals.ko).toBeUndefined();
  });

  it('proposes a name the Korean keeps in Latin letters (RENEWZ.de는)', () => {
    const site = candidate([
      { de: 'Das berichtet RENEWZ.de unter Berufung auf Quellen.', en: 'RENEWZ.de reported it, citing sources.', ko: 'RENEWZ.de는 소식통을 인용해 보도했다.' },
    ], 'RENEWZ.de');
    expect(site?.proposals.ko?.form).toBe('RENEWZ.de');
  });

  it('proposes the one Korean word ending in the Korean of the generic head (Partei → 더불어민주당; an acronym by the name spelt out before it)', () => {
    const party = candidate([
      { de: 'Lee, ein Politiker der Demokratischen Partei, wurde vereidigt.', en: 'Lee, a Democratic Party politician, was sworn in.', ko: '더불어민주당 소속 정치인 이재명이 취임했다.' },
    ], 'Demokratische Partei');
    expect(party?.proposals.en?.form).toBe('Democratic Party');
    expect(party?.proposals.ko?.form).toBe('더불어민주당');
    const agency = candidate([
      { de: 'Das berichtet die Koreanische Zentrale Nachrichtenagentur (KCNA).', en: 'The Korean Central News Agency (KCNA) reported it.', ko: '조선중앙통신이 이같이 보도했다.' },
    ], 'KCNA');
    expect(agency?.proposals.ko?.form).toBe('조선중앙통신');
  });

  it('proposes no head word when two Korean words with that head stand equally often', () => {
    const party = candidate([
      { de: 'Ein Politiker der Demokratischen Partei widersprach.', en: 'A Democratic Party politician objected.', ko: '더불어민주당과 국민의힘당 의원이 반박했다.' },
    ], 'Demokratische Partei');
    expect(party?.proposals.ko).toBeUndefined();
  });

  it('finds a place named by a lower-case adjective and a name head when the English capitalises both (koreanischen Halbinsel)', () => {
    const peninsula = candidate([
      { de: 'Er will die Lage auf der koreanischen Halbinsel stabilisieren.', en: 'He wants to stabilize the situation on the Korean Peninsula.', ko: '그는 한반도 정세를 안정시키려 한다.' },
    ], 'koreanische Halbinsel');
    expect(peninsula?.proposals.en?.form).toBe('Korean Peninsula');
    expect(peninsula?.proposals.ko?.form).toBe('한반도');
    const plain = findTerms(aligned([
      { de: 'Er will die Lage auf der koreanischen Halbinsel stabilisieren.', en: 'He wants to stabilize the situation on the Korean peninsula.' },
      { de: 'Die russischen Flugzeuge landeten.', en: 'The Russian aircraft landed.' },
    ]), NO_GLOSSARY).candidates.map((c) => c.term);
    expect(plain).toEqual([]);
  });
});

describe('terms suggest: Korean by co-occurrence', () => {
  const rows = (ko: (i: number) => string) => Array.from({ length: 4 }, (_, i) => ({
    de: `Wie die Agentur Kyodo am ${i + 1}. Tag berichtete, ist ein Treffen geplant.`, en: `As the Kyodo agency reported on day ${i + 1}, a meeting is planned.`, ko: ko(i),
  }));

  it('proposes the stem, not the word with its particle or two words together (교도통신, not 교도통신에 따르면)', () => {
    const varied = ['교도통신에 따르면 회담이 계획돼 있다.', '교도통신에 의하면 첫날 일정이 잡혔다.', '교도통신에 실린 보도로는 회의가 준비된다.', '교도통신에 나온 새 일정도 있다.'];
    const kyodo = candidate(rows((i) => varied[i]!), 'Kyodo');
    expect(kyodo?.proposals.ko?.form).toBe('교도통신');
  });

  it('proposes nothing when Korean words stand in exactly the same segments (one fixed sentence)', () => {
    const kyodo = candidate(rows(() => '교도통신에 따르면 회담이 계획돼 있다.'), 'Kyodo');
    expect(kyodo?.proposals.en?.form).toBe('Kyodo');
    expect(kyodo?.proposals.ko).toBeUndefined();
  });
});

describe('terms suggest: names the first hand judging rejected', () => {
  it('keeps a word that ends like a German noun when the English keeps it (Samsung Electronics, Europäische Union)', () => {
    const rows = [
      { de: 'Auch Rutte äußerte sich zu den Plänen von Samsung Electronics.', en: 'Rutte also commented on the plans of Samsung Electronics.', ko: '뤼터도 삼성전자의 계획에 대해 언급했다.' },
      { de: 'Der Konzern Samsung Electronics meldete einen Gewinn.', en: 'The group Samsung Electronics reported a profit.', ko: '삼성전자는 이익을 발표했다.' },
      { de: 'Auch die Europäische Union kündigte weitere Hilfen an.', en: 'The European Union also announced further aid.', ko: '유럽연합도 추가 지원을 발표했다.' },
      { de: 'Die Regierung plant eine neue Ordnung.', en: 'The government is planning a new order.', ko: '정부는 새 질서를 계획한다.' },
    ];
    const terms = findTerms(aligned(rows), NO_GLOSSARY).candidates.map((c) => c.term);
    expect(terms).toContain('Samsung Electronics');
    expect(terms).toContain('Europäische Union');
    expect(terms).not.toContain('Electronics');
    expect(terms).not.toContain('Ordnung');
  });

  it("keeps a plural's apostrophe in the English form (Workers' Party)", () => {
    const party = candidate([
      { de: 'Das Politbüro der Arbeiterpartei tagte am Wochenende.', en: "The politburo of the Workers' Party met at the weekend.", ko: '노동당 정치국은 주말에 회의를 열었다.' },
      { de: 'Die Arbeiterpartei feierte ihren Jahrestag.', en: "The Workers' Party celebrated its anniversary.", ko: '노동당은 창건 기념일을 맞았다.' },
    ], 'Arbeiterpartei');
    expect(party?.proposals.en?.form).toBe("Workers' Party");
    expect(party?.proposals.ko?.form).toBe('노동당');
  });
});
