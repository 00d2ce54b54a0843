/**
 * The hostile article (tests/publish/hostile-corpus.ts) in headless Chromium: every published HTML page opened,
 * and every Markdown file and i18next value put into a page as HTML — what a lenient Markdown renderer or a site
 * using dangerouslySetInnerHTML with t() does. Every payload calls alert(); no dialog may open.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInstance } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishArticles, type OutputFile } from '../../src/publish/index.ts';
import { loadWorkspace } from '../../src/workspace/index.ts';
import { hostileRepository } from '../publish/hostile-corpus.ts';
import { launchChromium, type BrowserLike, type PageLike } from './chromium.ts';

const launch = await launchChromium();

describe('hostile text in headless Chromium', () => {
  let browser: BrowserLike;
  let dist: string;
  let files: OutputFile[];
  const dialogs: string[] = [];
  const newPage = async (): Promise<PageLike> => {
    const page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return page;
  };
  /** Lets image errors, SVG load events and animations fire before the dialogs are counted. */
  const settle = (page: PageLike) => page.evaluate('new Promise((resolve) => setTimeout(resolve, 1500))');

  beforeAll(async () => {
    browser = await launch();
    const root = await hostileRepository();
    const { articles, glossary } = await loadWorkspace(root, ['source/feindlich.md']);
    files = publishArticles(articles, { languages: ['en', 'ko'], drafts: false, glossary }).files;
    dist = await mkdtemp(path.join(tmpdir(), 'dolmetsch-hostile-'));
    for (const file of files) {
      await mkdir(path.dirname(path.join(dist, file.path)), { recursive: true });
      await writeFile(path.join(dist, file.path), file.text);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('runs no hostile script on any published HTML page', async () => {
    const pages = files.filter((file) => file.path.endsWith('.html'));
    expect(pages).toHaveLength(4);
    for (const file of pages) {
      const page = await newPage();
      await page.goto(pathToFileURL(path.join(dist, file.path)).href);
      await settle(page);
      expect(await page.locator('img[onerror], svg, iframe, details, [onload], a[href^="javascript"]').count(), file.path).toBe(0);
      expect(await page.locator('script').count(), file.path).toBe(file.path.startsWith('review/') ? 1 : 0);
      expect(await page.textContent('body'), file.path).toContain('<img src=x onerror=alert(1)>');
    }
    expect(dialogs).toEqual([]);
  }, 120_000);

  it('runs nothing when the Markdown files and i18next values are inserted as HTML', async () => {
    const markdown = files.filter((file) => file.path.endsWith('.md')).map((file) => file.text);
    const values: string[] = [];
    for (const file of files.filter((item) => item.path.startsWith('locales/'))) {
      const bundle = JSON.parse(file.text) as { title: string; segments: Record<string, string> };
      const i18n = createInstance();
      await i18n.init({ lng: 'xx', ns: ['a'], defaultNS: 'a', resources: { xx: { a: { ...bundle.segments, title: bundle.title } } }, interpolation: { escapeValue: false } });
      for (const key of ['title', ...Object.keys(bundle.segments)]) values.push(i18n.t(key, { payload: 'kein Inhalt' }));
    }
    expect(values.length).toBeGreaterThan(45);
    const page = await newPage();
    await page.goto('about:blank');
    await page.evaluate(`document.body.innerHTML = ${JSON.stringify([...markdown, ...values].map((text) => `<div>${text}</div>`).join(''))}`);
    await settle(page);
    expect(await page.locator('img, svg, iframe, details, script').count()).toBe(0);
    expect(await page.textContent('body')).toContain('<svg/onload=alert(2)>');
    expect(dialogs).toEqual([]);
  }, 120_000);
});
