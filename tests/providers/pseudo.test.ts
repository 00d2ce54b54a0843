import { describe, expect, it } from 'vitest';
import { pseudoTranslate } from '../../src/providers/pseudo.ts';

describe('pseudo provider', () => {
  it('accents letters, wraps the sentence and keeps tags, entities and do-not-translate spans', () => {
    const out = pseudoTranslate('Das <em>ist</em> &amp; <dnt>RENEWZ.de</dnt> so.', 'en', []);
    expect(out).toBe('⟦en: Dáš <em>íšt</em> &amp; <dnt>RENEWZ.de</dnt> šó.⟧');
  });

  it('puts glossary targets in place of the German term, longest first', () => {
    const terms = [
      { entry: 'shoigu', source: 'Schoygu', target: 'Shoigu', doNotTranslate: false },
      { entry: 'shoigu', source: 'Sergej Schoygu', target: 'Sergei Shoigu', doNotTranslate: false },
    ];
    expect(pseudoTranslate('Sergej Schoygu kam.', 'ko', terms)).toBe('⟦ko: Sergei Shoigu kám.⟧');
  });

  it('is deterministic', () => {
    expect(pseudoTranslate('Ein Satz.', 'en', [])).toBe(pseudoTranslate('Ein Satz.', 'en', []));
  });
});
