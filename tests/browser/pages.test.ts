/**
 * The review page and published pages in a real browser (Debian chromium through playwright-core): what a reader
 * sees, the lang attributes, the status filter, and that no hostile text runs. Screenshots go to ./artifacts.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGate, publishArticles } from '../../src/publish/index.ts';
import { loadWorkspace } from '../../src/workspace/index.ts';
import { KOREAN_FONT, launchChromium, requireKoreanFont, type BrowserLike, type PageLike } from './chromium.ts';

const FIXTURE = fileURLToPath(new URL('../publish/fixtures/newsroom', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('./artifacts', import.meta.url));
const launch = await launchChromium(); // a missing chromium or Korean font fails here
requireKoreanFont();

describe('pages in headless Chromium', () => {
  let browser: BrowserLike;
  let dist: string;
  const dialogs: string[] = [];
  const open = async (file: string, width = 1366): Promise<PageLike> => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(path.join(dist, file)).href);
    return page;
  };

  beforeAll(async () => {
    browser = await launch();
    const { articles, glossary } = await loadWorkspace(FIXTURE, []);
    const gate = checkGate(glossary, articles.flatMap((article) => Object.values(article.parsed)), ['en', 'ko']);
    const { files } = publishArticles(articles, { languages: ['en', 'ko'], drafts: true, glossary, checkFindings: gate.findingsOf });
    dist = await mkdtemp(path.join(tmpdir(), 'dolmetsch-dist-'));
    for (const file of files) {
      await mkdir(path.dirname(path.join(dist, file.path)), { recursive: true });
      await writeFile(path.join(dist, file.path), file.text);
    }
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('review page: rows, languages and the status filter', async () => {
    const page = await open('review/bericht.html');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.textContent('#s25da321098 td[lang="en"] .target'))?.trim()).toBe('The second sentence names Kim Jong-un.');
    expect(await page.textContent('#s25da321098 .new-german ins')).toBe(' in Pjöngjang');
    expect(await page.textContent('#s42b5abac8d td[lang="de"] mark.term')).toBe('Pjöngjang');
    expect(await page.locator('td[lang="ko"]').count()).toBe(9);
    expect(await page.locator('td[lang="de"]').count()).toBe(9);
    // What a reader sees of the hostile sentence: its words, not an element.
    expect((await page.textContent('#s68f653d0a5 td[lang="de"]'))?.trim()).toBe("Gefährlich ist <script>alert('de')</script> im Text.");

    const visibleRows = () => page.locator('table.segments tbody tr:visible').count();
    expect(await visibleRows()).toBe(9);
    await page.selectOption('#filter', 'stale');
    expect(await visibleRows()).toBe(1);
    expect(await page.textContent('#shown')).toBe('1');
    expect(await page.isVisible('#s25da321098')).toBe(true);
    await page.selectOption('#filter', 'new');
    expect(await visibleRows()).toBe(1);
    expect(await page.isVisible('#s68f653d0a5')).toBe(true);
    await page.selectOption('#filter', 'needs-look');
    expect(await visibleRows()).toBe(9); // Korean is machine text everywhere
    await page.selectOption('#filter', 'edited');
    expect(await visibleRows()).toBe(1);
    await page.selectOption('#filter', 'has-findings');
    // Every row that lists a finding, and no other (the pseudo Korean is untranslated text in most rows).
    const withFindings = await page.locator('table.segments tbody tr:has(li.finding)').count();
    expect(withFindings).toBeGreaterThanOrEqual(2);
    expect(withFindings).toBeLessThan(9);
    expect(await visibleRows()).toBe(withFindings);
    expect(await page.textContent('#shown')).toBe(String(withFindings));
    expect(await page.isVisible('#s25da321098 td[lang="en"] li.finding.severity-error')).toBe(true);
    expect(await page.isVisible('#s68f653d0a5 td[lang="ko"] li[data-rule="empty-target"]')).toBe(true);
    await page.selectOption('#filter', 'all');
    expect(await visibleRows()).toBe(9);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-bericht.png'), fullPage: true });
  });

  it('published Korean page: language, Hangul drawn in the Korean face, credit', async () => {
    const page = await open('ko/kim-russland.html', 1024);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    const title = '김정은, 우크라이나 전쟁서 러시아 전폭 지지 약속';
    expect(await page.textContent('h1')).toBe(title);
    expect(await page.textContent('.image-credit')).toBe('사진: rodong.rep.kp');
    // Which fonts really drew the title (not what the CSS asks for): every Hangul syllable in the Korean face, none
    // left to a fallback that would show boxes.
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    await cdp.send('CSS.enable');
    const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: Array<{ familyName: string; glyphCount: number }> };
    const hangul = [...title].filter((c) => /\p{Script=Hangul}/u.test(c)).length;
    const korean = fonts.filter((f) => f.familyName === KOREAN_FONT).reduce((n, f) => n + f.glyphCount, 0);
    expect(korean, JSON.stringify(fonts)).toBeGreaterThanOrEqual(hangul);
    expect(fonts.reduce((n, f) => n + f.glyphCount, 0) - korean, JSON.stringify(fonts)).toBeLessThanOrEqual([...title].length - hangul);
    await page.screenshot({ path: path.join(ARTIFACTS, 'ko-kim-russland.png'), fullPage: true });
  });

  it('published draft: machine text marked, hostile text inert', async () => {
    const page = await open('en/bericht.html');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('.draft-banner')).toBe('Machine translation, not yet reviewed');
    expect(await page.locator('.unreviewed').count()).toBe(1);
    expect(await page.locator('script, img[onerror], a[href^="javascript"]').count()).toBe(0);
    expect(await page.textContent('a[href="https://example.org/a.b"]')).toBe('a link');
    await page.screenshot({ path: path.join(ARTIFACTS, 'en-bericht-draft.png'), fullPage: true });
    const korean = await open('ko/bericht.html');
    expect(await korean.getAttribute('.untranslated', 'lang')).toBe('de');
    expect(dialogs).toEqual([]);
  });
});

