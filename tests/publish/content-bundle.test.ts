import { createInstance, type Resource } from 'i18next';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROME_RESOURCES, createChrome, publishArticles } from '../../src/publish/index.ts';
import { loadWorkspace } from '../../src/workspace/index.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/newsroom', import.meta.url));

/** What a site does: load dist/locales/<lang>/<slug>.json as namespace <slug>, German as the fallback. */
async function siteI18n(files: Array<{ path: string; text: string }>, slug: string, language: string) {
  const resources: Resource = {};
  for (const lang of ['de', 'en', 'ko']) {
    const bundle = files.find((file) => file.path === `locales/${lang}/${slug}.json`);
    if (bundle) resources[lang] = { [slug]: JSON.parse(bundle.text) };
  }
  const i18n = createInstance();
  await i18n.init({ lng: language, fallbackLng: 'de', ns: [slug], defaultNS: slug, resources, interpolation: { escapeValue: false } });
  return i18n;
}

describe('i18next content bundles', () => {
  it('load into i18next as a namespace per article, keyed by segment id', async () => {
    const { articles } = await loadWorkspace(FIXTURE, ['source/kim-russland.md']);
    const { files } = publishArticles(articles, { languages: ['en', 'ko'], drafts: false });
    const ko = await siteI18n(files, 'kim-russland', 'ko');
    expect(ko.t('title')).toBe('김정은, 우크라이나 전쟁서 러시아 전폭 지지 약속');
    expect(ko.t('segments.s675d8c8399')).toBe('김정은, 우크라이나 전쟁서 러시아 전폭 지지 약속');
    const structure = ko.t('structure', { returnObjects: true }) as Array<{ kind: string; segments: string[] }>;
    expect(structure[0]).toEqual({ kind: 'title', segments: ['s675d8c8399'] });
    expect(structure.find((block) => block.kind === 'heading')).toMatchObject({ depth: 2 });
  });

  it('fall back to German for every segment a reader may not see yet', async () => {
    const { articles } = await loadWorkspace(FIXTURE, ['source/bericht.md']);
    const { files } = publishArticles(articles, { languages: ['ko'], drafts: true });
    const ko = await siteI18n(files, 'bericht', 'ko');
    // machine text is in the drafts bundle; the "new" segment has no Korean and comes from the German bundle
    expect(ko.t('segments.s42b5abac8d')).toMatch(/^⟦ko: /);
    expect(ko.t('segments.s68f653d0a5')).toBe("Gefährlich ist &lt;script>alert('de')&lt;/script> im Text.");
    expect(JSON.parse(files.find((file) => file.path === 'locales/ko/bericht.json')!.text).segments).not.toHaveProperty('s68f653d0a5');
  });
});

describe('page chrome', () => {
  it('has the same keys in every language', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
        : [prefix.slice(0, -1)];
    const english = keys(CHROME_RESOURCES.en).sort();
    expect(keys(CHROME_RESOURCES.de).sort()).toEqual(english);
    expect(keys(CHROME_RESOURCES.ko).sort()).toEqual(english);
  });

  it('comes from separate i18next instances with interpolation', () => {
    const en = createChrome('en');
    const ko = createChrome('ko');
    expect(en('readAlso')).toBe('Read also');
    expect(ko('readAlso')).toBe('함께 읽기');
    expect(en('imageCredit', { credit: 'A & <B>' })).toBe('Image: A & <B>'); // escaped by the renderer, not twice
    expect(en('readAlso')).toBe('Read also');
  });
});
