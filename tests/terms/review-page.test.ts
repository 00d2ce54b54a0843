import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadGlossary } from '../../src/glossary/index.ts';
import { publishArticles } from '../../src/publish/index.ts';
import { loadWorkspace } from '../../src/workspace/index.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';

describe('review page: names outside the glossary', () => {
  it('underlines a name candidate in the German (dotted), and not a glossary term', async () => {
    const workspace = await loadWorkspace(PROJECT_ROOT, []);
    const document = parseDocument(await readFile(path.join(PROJECT_ROOT, 'glossary.yaml'), 'utf8'));
    const entries = document.get('entries') as { items: Array<{ get(key: string): unknown }> };
    entries.items = entries.items.filter((item) => item.get('id') !== 'sergei-shoigu');
    const glossary = loadGlossary(document.toString(), 'glossary.yaml');
    const { files } = publishArticles(workspace.articles, { languages: ['en', 'ko'], drafts: true, glossary });
    const review = files.find((f) => f.path === 'review/kim-russland.html')!.text;
    expect(review).toMatch(/<span class="name-candidate" data-candidate="sergej-schoygu" title="name not in the glossary \(sergej-schoygu\)[^"]*">Sergej Schoygu<\/span>/);
    expect(review).toContain('data-candidate="sergej-schoygu" title="name not in the glossary (sergej-schoygu): see dolmetsch terms suggest">Schoygus</span>');
    expect(review).toContain('.name-candidate { text-decoration: underline dotted');
    expect(review).not.toMatch(/name-candidate[^>]*>Pjöngjang/);

    const full = publishArticles(workspace.articles, { languages: ['en', 'ko'], drafts: true, glossary: workspace.glossary });
    expect(full.files.find((f) => f.path === 'review/kim-russland.html')!.text).not.toContain('<span class="name-candidate"');
  });
});
