import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/glossary/load.ts';
import { readSeed } from '../helpers/kim-russland-seed.ts';

const repoFile = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const glossary = loadGlossary(repoFile('glossary.yaml'), 'glossary.yaml');
const article = readSeed();

describe('the shipped glossary.yaml', () => {
  it('loads with zero example failures, and every entry has a note and examples', () => {
    expect(glossary.exampleFailures).toEqual([]);
    for (const entry of glossary.entries) {
      expect(entry.note, entry.id).not.toBe('');
      expect(entry.examples.length, entry.id).toBeGreaterThan(0);
    }
    const expectations = glossary.entries.flatMap((e) => e.examples.map((x) => x.expect));
    expect(expectations).toContain('fail');
  });

  it('matches every proper noun of the sample article', () => {
    expect(glossary.matchGerman(article).map((m) => `${m.entry}:${m.text}`)).toEqual([
      'kim-jong-un:Kim Jong-un', 'russia:Russland', 'ukraine:Ukraine',
      'kim-jong-un:Kim Jong-un', 'vladimir-putin:Wladimir Putin', 'renewz:RENEWZ.de',
      'kcna:Koreanische Zentrale Nachrichtenagentur', 'kcna:KCNA',
      'vladimir-putin:Putins', 'sergei-shoigu:Sergej Schoygu', 'pyongyang:Pjöngjang', 'kim-jong-un:Kim',
      'north-korea:Nordkorea', 'russia:Russland',
      'bloomberg:Bloomberg', 'sergei-shoigu:Schoygus', 'lee-jae-myung:Lee Jae-myung',
      'democratic-party:Demokratischen Partei', 'lee-jae-myung:Lee', 'korean-peninsula:koreanischen Halbinsel',
      'kim-jong-un:Kim', 'lee-jae-myung:Lees', 'moscow:Moskau', 'russia:Russlands', 'ukraine:Ukraine',
      'kim-jong-un:Kim', 'south-korea:Südkorea', 'north-korea:Nordkorea',
      'russia:Russlands', 'north-korea:Nordkorea',
      'moscow:Moskau', 'pyongyang:Pjöngjang', 'un:UN-Sanktionen', 'united-states:USA', 'japan:Japan',
      'sergei-shoigu:Schoygus', 'north-korea:Nordkorea',
      'south-korea:Südkoreas', 'lee-jae-myung:Lee Jae-Myung',
      'rodong-website:rodong.rep.kp',
    ]);
  });

  it('gives the newspaper forms the newsroom asked for', () => {
    const terms = (lang: 'en' | 'ko') =>
      Object.fromEntries(glossary.termsFor(glossary.entries.map((e) => e.id), lang).map((t) => [t.entry, t.target]));
    expect(terms('en')).toMatchObject({
      'kim-jong-un': 'Kim Jong Un', 'vladimir-putin': 'Vladimir Putin', 'sergei-shoigu': 'Sergei Shoigu',
      pyongyang: 'Pyongyang', 'south-korea': 'South Korea', un: 'UN sanctions', 'united-states': 'the United States',
      bloomberg: 'Bloomberg', renewz: 'RENEWZ.de', 'korean-peninsula': 'Korean Peninsula',
    });
    expect(terms('ko')).toMatchObject({
      'kim-jong-un': '김정은', 'vladimir-putin': '블라디미르 푸틴', 'sergei-shoigu': '세르게이 쇼이구', pyongyang: '평양',
      'north-korea': '북한', 'south-korea': '한국', 'lee-jae-myung': '이재명', kcna: '조선중앙통신',
      'democratic-party': '더불어민주당', un: '유엔 제재', bloomberg: '블룸버그', 'korean-peninsula': '한반도',
    });
    const doNotTranslate = glossary.termsFor(['bloomberg', 'renewz', 'rodong-website'], 'en').map((t) => t.doNotTranslate);
    expect(doNotTranslate).toEqual([true, true, true]);
    expect(glossary.termsFor(['bloomberg'], 'ko')[0]!.doNotTranslate).toBe(false);
  });

  it('exports short German forms to short targets', () => {
    const { en, ko } = glossary.export().pairs;
    expect(en).toContainEqual({ source: 'Putin', target: 'Putin' });
    expect(en).toContainEqual({ source: 'Schoigu', target: 'Shoigu' });
    expect(en).toContainEqual({ source: 'Kim Jong-un', target: 'Kim Jong Un' });
    expect(ko).toContainEqual({ source: 'Putin', target: '푸틴' });
    expect(ko).toContainEqual({ source: 'Kim', target: '김정은' });
  });
});
