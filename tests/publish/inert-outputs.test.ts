/** Every published output of a hostile article is inert by construction: no `<` where a consumer might parse HTML. */
import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishArticles, type OutputFile } from '../../src/publish/index.ts';
import { loadWorkspace } from '../../src/workspace/index.ts';
import { hostileRepository } from './hostile-corpus.ts';

let files: OutputFile[];

beforeAll(async () => {
  const root = await hostileRepository();
  const { articles, glossary } = await loadWorkspace(root, ['source/feindlich.md']);
  files = publishArticles(articles, { languages: ['en', 'ko'], drafts: false, glossary }).files;
}, 60_000);

describe('a hostile article, published', () => {
  it('is published in every language (the corpus reached every output)', () => {
    expect(files.map((file) => file.path).sort()).toEqual([
      'de/feindlich.html', 'de/feindlich.md', 'en/feindlich.html', 'en/feindlich.md', 'ko/feindlich.html', 'ko/feindlich.md',
      'locales/de/feindlich.json', 'locales/en/feindlich.json', 'locales/ko/feindlich.json', 'review/feindlich.html',
    ]);
  });

  it('writes Markdown files with no tag start ("<" before a letter, /, ! or ?) at all, front matter included', () => {
    for (const file of files.filter((item) => item.path.endsWith('.md'))) {
      expect(file.text, file.path).not.toMatch(/<[A-Za-z/!?]/); // what an HTML parser would read as a tag
      expect(file.text, file.path).toContain('&lt;img src=x onerror=alert(1)>');
      expect(file.text, file.path).not.toMatch(/\]\(\s*javascript:/i); // the words may stay; no link to it
    }
  });

  it('writes i18next values with no tag start, that t() neither interpolates nor nests, even unescaped', async () => {
    for (const file of files.filter((item) => item.path.startsWith('locales/'))) {
      const bundle = JSON.parse(file.text) as { title: string; segments: Record<string, string> };
      const values = [bundle.title, ...Object.values(bundle.segments)];
      expect(values.length, file.path).toBeGreaterThan(15);
      const i18n = createInstance();
      await i18n.init({ lng: 'xx', ns: ['a'], defaultNS: 'a', resources: { xx: { a: { ...bundle.segments, title: bundle.title, other: '<b>nested</b>' } } }, interpolation: { escapeValue: false } });
      for (const key of [...Object.keys(bundle.segments), 'title']) {
        const shown = i18n.t(key, { payload: '<img src=x onerror=alert(99)>' });
        expect(shown, `${file.path} ${key}`).not.toMatch(/<[A-Za-z/!?]/);
      }
      expect(values.join('\n')).toContain('&lt;svg/onload=alert(2)>');
    }
  });

  it('keeps every HTML page free of script (but the review page’s own), event handlers and javascript: URLs', () => {
    for (const file of files.filter((item) => item.path.endsWith('.html'))) {
      const markup = file.text.replace(/"[^"]*"/g, '""'); // attribute values are escaped; judge the markup around them
      expect((file.text.match(/<script/gi) ?? []).length, file.path).toBe(file.path.startsWith('review/') ? 1 : 0);
      expect(markup, file.path).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(file.text, file.path).not.toMatch(/(?:href|src)\s*=\s*["']?\s*javascript:/i);
      expect(file.text, file.path).not.toMatch(/<(?:svg|iframe|details|img src="?x)/i);
    }
  });
});
