import { describe, expect, it } from 'vitest';
import { findLinks } from '../../src/check/links/link-pattern.ts';
import { rulesFound } from './qa-case.ts';

describe('links', () => {
  it.each([
    ['Das berichtet RENEWZ.de.', [['domain', 'RENEWZ.de']]],
    ['RENEWZ.de는 보도했다', [['domain', 'RENEWZ.de']]],
    ['Quelle: rodong.rep.kp, 2025', [['domain', 'rodong.rep.kp']]],
    ['Siehe https://example.org/a/b?c=1.', [['url', 'https://example.org/a/b?c=1']]],
    ['(www.kcna.kp)', [['url', 'www.kcna.kp']]],
    ['https://example.org/news/kim에서', [['url', 'https://example.org/news/kim']]],
    ['Mail an info@renewz.de oder @renewz_news!', [['email', 'info@renewz.de'], ['handle', '@renewz_news']]],
    ['z. B. am 3.6. um 14.30 Uhr, d.h. nichts', []],
    ['Er kam u.a. nach Berlin.Dann ging er.', []],
  ] as const)('%s', (text, links) => {
    expect(findLinks(text).map((l) => [l.kind, l.text])).toEqual(links);
  });
});

describe('url-mismatch', () => {
  it.each([
    ['en', 'Quelle: rodong.rep.kp.', 'Source: Rodong.rep.kp.'],
    ['en', 'Mehr unter https://example.org/news.', 'More at https://EXAMPLE.org/news.'],
    ['ko', 'Quelle: rodong.rep.kp.', '출처: rodong.rep.kp.'],
    ['ko', 'Kontakt: info@renewz.de.', '문의: info@renewz.de.'],
  ] as const)('clean (%s): %s', (language, source, target) => {
    expect(rulesFound(language, source, target, 'url-mismatch')).toEqual([]);
  });

  it.each([
    ['en', 'Quelle: rodong.rep.kp.', 'Source: Rodong.'],
    ['en', 'Mehr unter https://example.org/News.', 'More at https://example.org/news.'],
    ['en', 'Folgen Sie @renewz_news.', 'Follow @RenewzNews.'],
    ['ko', 'Quelle: rodong.rep.kp.', '출처: 로동신문.'],
    ['ko', 'Kontakt: info@renewz.de.', '문의: info@renewz.com.'],
  ] as const)('planted (%s): %s → %s', (language, source, target) => {
    expect(rulesFound(language, source, target, 'url-mismatch')).not.toEqual([]);
  });
});
