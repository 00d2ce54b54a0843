/**
 * Page chrome (labels around the article) through a real i18next instance per language: no global i18next
 * state, resources bundled from ./locales. Values come back unescaped; the renderers escape every string.
 */
import { createInstance, type TFunction } from 'i18next';
import de from './locales/de.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import ko from './locales/ko.json' with { type: 'json' };
import type { PageLanguage } from './article-model.ts';

export const CHROME_NAMESPACE = 'chrome';
export const CHROME_RESOURCES = { de, en, ko } as const;

export type Chrome = TFunction;

export function createChrome(language: PageLanguage): Chrome {
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: [CHROME_NAMESPACE],
    defaultNS: CHROME_NAMESPACE,
    resources: {
      de: { [CHROME_NAMESPACE]: de },
      en: { [CHROME_NAMESPACE]: en },
      ko: { [CHROME_NAMESPACE]: ko },
    },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t;
}
