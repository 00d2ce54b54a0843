import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishArticles, type PublishResult } from '../../src/publish/index.ts';
import { loadWorkspace, type Workspace } from '../../src/workspace/index.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/newsroom', import.meta.url));

let workspace: Workspace;
let strict: PublishResult;
let drafts: PublishResult;
const file = (result: PublishResult, path: string): string => {
  const found = result.files.find((item) => item.path === path);
  if (!found) throw new Error(`no output ${path}; have ${result.files.map((item) => item.path).join(', ')}`);
  return found.text;
};

beforeAll(async () => {
  workspace = await loadWorkspace(FIXTURE, []);
  strict = publishArticles(workspace.articles, { languages: ['en', 'ko'], drafts: false, glossary: workspace.glossary });
  drafts = publishArticles(workspace.articles, { languages: ['en', 'ko'], drafts: true, glossary: workspace.glossary });
});

describe('publishing by default', () => {
  it('publishes only articles whose segments are all edited or reviewed, and reports the others', () => {
    expect(strict.published).toEqual([
      { slug: 'bericht', language: 'de', status: 'original' },
      { slug: 'kim-russland', language: 'de', status: 'original' },
      { slug: 'kim-russland', language: 'en', status: 'reviewed' },
      { slug: 'kim-russland', language: 'ko', status: 'reviewed' },
    ]);
    expect(strict.skipped).toEqual([
      { slug: 'bericht', language: 'en', unfinished: { stale: 1 } },
      { slug: 'bericht', language: 'ko', unfinished: { machine: 8, new: 1 } },
    ]);
    expect(strict.files.map((item) => item.path).filter((path) => path.includes('bericht'))).toEqual([
      'de/bericht.html', 'de/bericht.md', 'locales/de/bericht.json', 'review/bericht.html',
    ]);
  });

  it('rebuilds the article structure with the translated sentences', () => {
    const html = file(strict, 'en/kim-russland.html');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<h1>Kim Jong Un pledges full support for Russia in Ukraine war</h1>');
    expect(html).toContain('<h2>Russia&#39;s aid to North Korea</h2>');
    expect(html).toContain('<p>North Korean dictator Kim Jong Un has reaffirmed his pledge to back his Russian counterpart, Vladimir Putin, without reservation. RENEWZ.de reported the pledge');
    expect(html).toContain('<meta name="dolmetsch:translation-status" content="reviewed">');
    expect(html).toContain('<meta name="dolmetsch:source" content="source/kim-russland.md">');
    expect(html).toContain('<p class="image-credit">Image: rodong.rep.kp</p>');
    expect(html).toContain('Translated from German');
    expect(html).not.toContain('class="draft-banner"');
  });

  it('takes the page chrome from the language’s i18next resources', () => {
    expect(file(strict, 'ko/kim-russland.html')).toContain('<p class="image-credit">사진: rodong.rep.kp</p>');
    expect(file(strict, 'ko/kim-russland.html')).toContain('독일어에서 번역됨');
    expect(file(strict, 'de/kim-russland.html')).toContain('<p class="image-credit">Bild: rodong.rep.kp</p>');
    expect(file(strict, 'de/bericht.html')).toContain('<h2 id="read-also">Lesen Sie auch</h2><ul><li><a href="../de/kim-russland.html">Kim Jong-un sichert Russland volle Unterstützung im Ukraine-Krieg zu</a></li></ul>');
  });

  it('writes Markdown with front matter naming language, source and status', () => {
    const markdown = file(strict, 'en/kim-russland.md');
    const front = parse(markdown.split('---\n')[1]!);
    expect(front).toEqual({
      title: 'Kim Jong Un pledges full support for Russia in Ukraine war',
      lang: 'en',
      translated_from: 'de',
      source: 'source/kim-russland.md',
      translation_status: 'reviewed',
      outlet: 'RENEWZ.de',
      image_credit: 'rodong.rep.kp',
    });
    expect(markdown).toContain('\n## Russia\'s aid to North Korea\n');
    expect(markdown).toContain('\n*Image: rodong.rep.kp*\n');
  });

  it('nests list items as the source does', () => {
    expect(file(strict, 'de/bericht.html')).toContain(
      '<ul><li>Ein Punkt in der Liste.</li><li>Noch ein Punkt mit <em>Betonung</em> darin.<ul><li>Ein tieferer Punkt.</li></ul></li></ul>',
    );
    expect(file(strict, 'de/bericht.md')).toContain('- Ein Punkt in der Liste.\n- Noch ein Punkt mit *Betonung* darin.\n   - Ein tieferer Punkt.\n');
  });
});

describe('publishing drafts', () => {
  it('publishes machine text visibly marked as not reviewed', () => {
    const html = file(drafts, 'ko/bericht.html');
    expect(html).toContain('<p class="draft-banner" role="note">기계 번역 · 아직 검토되지 않음</p>');
    expect(html).toMatch(/<span class="unreviewed" data-segment="s42b5abac8d" data-status="machine" title="[^"]+">⟦ko: /);
    expect(html).toContain('<meta name="dolmetsch:translation-status" content="draft">');
    // The new segment has no Korean yet: the German stands in, marked and in German.
    expect(html).toContain('<span class="untranslated" lang="de" data-segment="s68f653d0a5"');
    expect(file(drafts, 'ko/bericht.md')).toMatch(/^---\n[^]*translation_status: draft\n[^]*---\n\n> \*\*기계 번역 · 아직 검토되지 않음\*\*\n/);
  });

  it('marks the stale sentence and keeps the confirmed ones unmarked', () => {
    const html = file(drafts, 'en/bericht.html');
    expect(html).toContain('<span class="unreviewed" data-segment="s25da321098" data-status="stale"');
    expect(html).toContain('<h2>A subheading</h2>');
  });
});

describe('every output is inert', () => {
  const outputs = (): Array<{ path: string; text: string }> => [...strict.files, ...drafts.files];

  it('has no script but the review page’s own, no event handler, no javascript: URL', () => {
    for (const { path, text } of outputs()) {
      const scripts = text.match(/<script/gi) ?? [];
      expect(scripts.length, path).toBe(path.startsWith('review/') ? 1 : 0);
      expect(text, path).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(text, path).not.toMatch(/(?:href|src)\s*=\s*"?\s*javascript:/i);
    }
  });

  it('shows the hostile text as text', () => {
    const html = file(drafts, 'en/bericht.html');
    expect(html).toContain('Dangerous is &lt;script&gt;alert(&#39;en&#39;)&lt;/script&gt; in the text.');
    expect(html).toContain('The first sentence is &quot;&gt;&lt;img src=x onerror=alert(2)&gt; here.');
    expect(html).toContain('A paragraph with <a href="https://example.org/a.b" rel="noopener noreferrer">a link</a> and an evil link at the end.');
    expect(html).toContain('<p class="image-credit">Image: Foto &lt;script&gt;alert(&#39;credit&#39;)&lt;/script&gt;</p>');
  });

  it('writes Markdown without raw HTML or unsafe links', () => {
    for (const { path, text } of outputs().filter((item) => item.path.endsWith('.md'))) {
      const root = fromMarkdown(text, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
      const visit = (node: { type: string; url?: string; children?: unknown[] }): void => {
        expect(node.type, path).not.toBe('html');
        if (node.url !== undefined) expect(node.url, path).toMatch(/^(?:https?:|mailto:|\.\.\/)/);
        for (const child of (node.children ?? []) as Array<typeof node>) visit(child);
      };
      visit(root as never);
    }
  });

  it('writes bundle values as inert inline Markdown', () => {
    const bundle = JSON.parse(file(drafts, 'locales/en/bericht.json'));
    expect(bundle.segments.s68f653d0a5).toBe("Dangerous is &lt;script>alert('en')&lt;/script> in the text.");
    expect(bundle.segments.s1dab4d12bf).toBe('A paragraph with [a link](https://example.org/a.b) and an evil link at the end.');
  });
});
