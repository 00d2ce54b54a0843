import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGate, publishArticles, renderReviewPage } from '../../src/publish/index.ts';
import { loadWorkspace, type Workspace } from '../../src/workspace/index.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/newsroom', import.meta.url));
let workspace: Workspace;
let html: string;
const row = (id: string): string => {
  const match = new RegExp(`<tr id="${id}"[^]*?</tr>`).exec(html);
  if (!match) throw new Error(`no row ${id}`);
  return match[0];
};

beforeAll(async () => {
  workspace = await loadWorkspace(FIXTURE, ['source/bericht.md']);
  html = renderReviewPage({ ...workspace.articles[0]!, languages: ['en', 'ko'], glossary: workspace.glossary });
});

describe('review page', () => {
  it('has one row per German segment with DE, EN and KO cells in their languages', () => {
    expect(html.match(/<tr id="s[0-9a-f]+"/g)).toHaveLength(9);
    const title = row('s42b5abac8d');
    expect(title).toContain('class="kind-title"');
    expect(title).toMatch(/<td lang="de">Ein kleiner Bericht aus <mark class="term" data-entry="pyongyang"[^>]*>Pjöngjang<\/mark><\/td>/);
    expect(title).toMatch(/<td lang="en" class="status-reviewed"><span class="badge status-reviewed">reviewed<\/span><div class="target">A short report from <mark class="term" data-entry="pyongyang"[^>]*>Pyongyang<\/mark><\/div><\/td>/);
    expect(title).toContain('<td lang="ko" class="status-machine"><span class="badge status-machine">machine</span>');
  });

  it('marks a forbidden glossary form', () => {
    expect(row('s25da321098')).toContain('<mark class="term forbidden" data-entry="kim-jong-un" title="forbidden form of kim-jong-un">Kim Jong-un</mark>');
  });

  it('shows a stale row with the old and new German, the change marked, and the suggestion', () => {
    const stale = row('s25da321098');
    expect(stale).toContain('data-statuses="stale machine" data-status-en="stale" data-status-ko="machine"');
    expect(stale).toContain('<dd lang="de" class="old-german">Der zweite Satz nennt Kim Jong-un.</dd>');
    expect(stale).toContain('<dd lang="de" class="new-german">Der zweite Satz nennt Kim Jong-un<ins> in Pjöngjang</ins>.</dd>');
    expect(stale).toContain('<dd class="suggestion">⟦en: Dér žwéíté Šátž ñéññt Kim Jong Un íñ Pyongyang.⟧</dd>');
  });

  it('counts segments per status and language at the top', () => {
    expect(html).toContain('<tr lang="en"><th scope="row">English</th><td data-count="new">0</td><td data-count="machine">0</td><td data-count="edited">1</td><td data-count="reviewed">7</td><td data-count="stale">1</td><td data-count="missing">0</td><td>77.8 %</td></tr>');
    expect(html).toContain('<tr lang="ko"><th scope="row">Korean</th><td data-count="new">1</td><td data-count="machine">8</td>');
  });

  it('is self-contained: no external resource, script allowed only by its hash', () => {
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'">/);
    expect(html).toContain('"Noto Sans CJK KR"');
  });

  it('escapes every source and translation text', () => {
    const hostile = row('s68f653d0a5');
    expect(hostile).toContain('<td lang="de">Gefährlich ist &lt;script&gt;alert(&#39;de&#39;)&lt;/script&gt; im Text.</td>');
    expect(row('sd289538d36')).toContain('The first sentence is &quot;&gt;&lt;img src=x onerror=alert(2)&gt; here.');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('marks a sentence the translation file lacks as missing', () => {
    const article = workspace.articles[0]!;
    const ko = { ...article.translations.ko!, segments: article.translations.ko!.segments.slice(1) };
    const page = renderReviewPage({ ...article, translations: { ...article.translations, ko }, languages: ['en', 'ko'] });
    expect(page).toContain('<td lang="ko" class="status-missing"><span class="badge status-missing">missing</span></td>');
  });
});

describe('review page: check findings (issue 12 item 13)', () => {
  const withFindings = () => {
    const gate = checkGate(workspace.glossary, workspace.articles.flatMap((article) => Object.values(article.parsed)), ['en', 'ko']);
    const { files } = publishArticles(workspace.articles, { languages: ['en', 'ko'], drafts: true, glossary: workspace.glossary, checkErrors: gate.errorsOf, checkFindings: gate.findingsOf });
    return files.find((file) => file.path === 'review/bericht.html')!.text;
  };
  const rowOf = (page: string, id: string): string => new RegExp(`<tr id="${id}"[^]*?</tr>`).exec(page)![0];

  it('lists each segment’s findings in its language’s cell, with rule, message and fix, escaped', () => {
    const page = withFindings();
    const stale = rowOf(page, 's25da321098');
    expect(stale).toContain('data-findings="2"');
    const english = /<td lang="en"[^]*?<\/td>/.exec(stale)![0];
    expect(english).toContain('<li class="finding severity-error" data-rule="glossary-forbidden-variant"><span class="severity">error</span> <code>glossary-forbidden-variant</code> &quot;Kim Jong-un&quot; is a forbidden English spelling (glossary: kim-jong-un)<br><small class="hint">write &quot;Kim Jong Un&quot;');
    expect(english).toContain('data-rule="stale-segment"');
    expect(/<td lang="ko"[^]*?<\/td>/.exec(stale)![0]).not.toContain('class="findings"');
    expect(rowOf(page, 's68f653d0a5')).toMatch(/data-findings="1"[^]*<td lang="ko"[^]*data-rule="empty-target"/);
    expect(rowOf(page, 's42b5abac8d')).toContain('data-findings="0"');
    expect(rowOf(page, 's42b5abac8d')).not.toContain('class="findings"');
  });

  it('offers a filter for segments with findings, and shows none without a check', () => {
    expect(withFindings()).toContain('<option value="has-findings">Has findings</option>');
    expect(html).not.toContain('class="findings"');
    expect(html.match(/data-findings="0"/g)).toHaveLength(9);
  });
});
