import { describe, expect, it } from 'vitest';
import { germanLeft } from '../../src/check/untranslated/german-left.ts';
import { rulesFound } from './qa-case.ts';

const judge = (source: string, target: string, language: 'en' | 'ko') => germanLeft({ source, target, targetWithoutNames: target, language });

describe('German left in a translation', () => {
  it.each([
    ['Bleiben Sie informiert!', 'Bleiben Sie informiert!', 'en', 'same-as-german'],
    ['Bleiben Sie  informiert!', 'bleiben sie informiert!', 'ko', 'same-as-german'],
    ['Er sagte, dass er nicht mit ihr sprechen werde.', 'He said, dass er nicht mit ihr sprechen werde.', 'en', 'mostly-german'],
    ['Er kam nach Berlin, um zu reden.', 'He came to Berlin to talk.', 'ko', 'no-hangul'],
    ['Kim Jong-un', 'Kim Jong-un', 'en', undefined],
    ['Lee Jae-myung', 'Lee Jae-myung', 'ko', undefined],
    ['Die AfD (Alternative für Deutschland) verlor.', 'The AfD (Alternative für Deutschland) lost.', 'en', undefined],
    ['Die Welt und der Spiegel berichteten.', 'Die Welt and Der Spiegel reported.', 'en', undefined],
    ['Er kam nach Berlin.', '그는 Berlin에 왔다.', 'ko', undefined],
    ['Was die Regierung will, ist unklar.', 'What the government will do is unclear.', 'en', undefined],
  ] as const)('%s → %s (%s)', (source, target, language, verdict) => {
    expect(judge(source, target, language)).toBe(verdict);
  });

  it('glossary terms and do-not-translate names do not count as German', () => {
    expect(rulesFound('en', 'Das berichtet RENEWZ.de.', 'RENEWZ.de reported this.', 'untranslated')).toEqual([]);
    expect(rulesFound('ko', 'Sergej Schoygu besuchte Pjöngjang.', '세르게이 쇼이구가 평양을 방문했다.', 'untranslated')).toEqual([]);
    expect(rulesFound('ko', 'Sergej Schoygu besuchte Pjöngjang heute.', 'Sergej Schoygu besuchte Pjöngjang heute.', 'untranslated')).toHaveLength(1);
  });
});
