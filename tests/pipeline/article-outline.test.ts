/**
 * A streamed first run parses each article once: the survey hands the articles it runs ahead with to the pass as
 * outlines, and the pass cuts the same sentences from the source it reads again instead of parsing it a second
 * time. The outline must give exactly the article a parse gives (property test over awkward articles), and the
 * pass must still read what is on disk now (a changed source is left for the next run).
 */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/glossary/index.ts';
import { Feed } from '../../src/pipeline/survey/article-feed.ts';
import { parseArticle, rereadArticles } from '../../src/pipeline/survey/article-files.ts';
import { articleFromOutline, outlineOf } from '../../src/pipeline/survey/article-outline.ts';
import type { Article, ArticleRef } from '../../src/pipeline/survey/load-repository.ts';
import { bytesHash } from '../../src/pipeline/survey/run-cache.ts';
import { translateRun } from '../../src/pipeline/translate-run.ts';
import { decodeSource } from '../../src/source/index.ts';
import { loadMarkdownParser } from '../../src/source/markdown-parser.ts';
import { DEFAULT_LAYOUT, InputProblems } from '../../src/workspace/index.ts';

const GLOSSARY_FILE = new URL('../../glossary.yaml', import.meta.url);
const languages = ['en', 'ko'] as const;

const word = fc.constantFrom(
  'Kim', 'Jong-un', 'Pjöngjang', 'Nordkorea', 'Moskau', 'Schoygus', 'Besuch', 'z. B.', 'Nr. 3', 'am 3. Juni', 'RENEWZ.de', '„so“', '‚halb‘',
  'no', 'yes', '0x1F', '1e3', '#tag', 'a: b', "'q'", '"dq"', '\\*', '&amp;', '&#228;', '평양에서', '김정은은', '🎉', 'x<y', '–', ' ', '  ',
);
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((list) => list.join(' '));
const inline = fc.oneof(
  words,
  words.map((w) => `*${w}*`),
  words.map((w) => `**${w}**`),
  words.map((w) => `[${w}](https://example.org/a "T")`),
  fc.constant('`code. x`'),
  fc.constant('![Bild](b.png)'),
  fc.constant('<br>'),
);
const sentence = fc.tuple(fc.array(inline, { minLength: 1, maxLength: 4 }), fc.constantFrom('.', '!', '?', '', '.“')).map(([parts, end]) => `${parts.join(' ')}${end}`);
const paragraph = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '\n', '  \n')).map(([list, between]) => list.join(between));
const block = fc.oneof(
  paragraph,
  paragraph.map((p) => `## ${p.replace(/\n/g, ' ')}`),
  paragraph.map((p) => `> ${p.replace(/\n/g, '\n> ')}`),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((p, i) => `${i + 1}. ${p.replace(/\n/g, ' ')}`).join('\n')),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((p) => `- ${p.replace(/\n/g, ' ')}`).join('\n')),
  fc.constant('```\nCode. Nicht übersetzt.\n```'),
);
const title = fc.oneof(words, words.map((w) => `"${w.replace(/["\\]/g, '')}: Teil 2"`), words.map((w) => `'${w.replace(/'/g, "''")}'`));
const article = fc
  .tuple(title, fc.array(block, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([t, blocks, crlf, bom, repeat]) => {
    const body = [...blocks, ...(repeat ? [blocks[0]!] : [])].join('\n\n');
    const text = `---\ntitle: ${t}\noutlet: Testzeitung\n---\n\n${body}\n`;
    return (bom ? '\ufeff' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
  });

async function parsedArticle(markdown: string) {
  await loadMarkdownParser();
  const glossary = loadGlossary(await readFile(GLOSSARY_FILE, 'utf8'), 'glossary.yaml');
  const bytes = new TextEncoder().encode(markdown);
  const ref: ArticleRef = { sourcePath: 'source/a.md', slug: 'a', sourceHash: bytesHash(bytes), unreadable: [] };
  const problems = new InputProblems();
  const parsed = parseArticle(ref, { source: bytes, translations: [] }, languages, glossary, new Set(['Nr']), problems, DEFAULT_LAYOUT);
  return { ref, bytes, parsed, problems };
}

/** What the pass reads of an article: everything but the document's blocks and front matter. */
function asPassSees(article: Article) {
  const { blocks: _, frontMatter: __, ...document } = article.document as Article['document'] & { blocks?: unknown; frontMatter?: unknown };
  return { ...article, document };
}

describe('an article outline', () => {
  it('gives back exactly the article the parse gave, for awkward articles', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (markdown) => {
        const { ref, bytes, parsed, problems } = await parsedArticle(markdown);
        fc.pre(parsed !== undefined && problems.diagnostics.length === 0);
        const outline = outlineOf(parsed!);
        // Read again: a fresh decoding of the same bytes, as the pass does.
        const rebuilt = articleFromOutline(ref, outline, decodeSource(ref.sourcePath, bytes), new Map());
        expect(rebuilt).toEqual(asPassSees(parsed!));
      }),
      { numRuns: 300 },
    );
  });

  it('holds far less than the parsed article: offsets, not the source text', async () => {
    const { parsed } = await parsedArticle('---\ntitle: "Bericht \\"eins\\""\n---\n\nEin Satz. Noch ein Satz mit [Link](https://x.org/a).\n\n> Zitat.\n> Zweite Zeile.\n');
    const outline = outlineOf(parsed!);
    expect([...outline.texts.values()]).toEqual(['Bericht "eins"']); // a title with escapes is not a slice of the source
    expect(Object.values(outline).some((value) => value === parsed!.sourceText)).toBe(false);
    expect(outline.plains.size).toBe(1); // only the sentence with the link has a plain text of its own
    expect(outline.document).not.toHaveProperty('blocks');
    expect(outline.document).not.toHaveProperty('frontMatter');
  });
});

describe('the pass taking an outlined article', () => {
  async function streamedRefs(sources: Record<string, string>) {
    const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-outline-'));
    await mkdir(path.join(root, 'source'));
    await cp(GLOSSARY_FILE, path.join(root, 'glossary.yaml'));
    const refs: ArticleRef[] = [];
    const wholes: Article[] = [];
    const glossary = loadGlossary(await readFile(GLOSSARY_FILE, 'utf8'), 'glossary.yaml');
    for (const [slug, markdown] of Object.entries(sources)) {
      await writeFile(path.join(root, 'source', `${slug}.md`), markdown);
      const { parsed } = await parsedArticle(markdown);
      const whole = { ...parsed!, sourcePath: `source/${slug}.md`, slug };
      wholes.push(whole);
      refs.push({ sourcePath: whole.sourcePath, slug, sourceHash: whole.sourceHash, unreadable: [], outline: outlineOf(whole) });
    }
    const feed = new Feed<ArticleRef>();
    for (const ref of refs) feed.push(ref);
    feed.end();
    return { root, feed, glossary, wholes };
  }

  it('cuts the same sentences without parsing, and leaves an article whose source changed for the next run', async () => {
    const { root, feed, glossary, wholes } = await streamedRefs({
      eins: '---\ntitle: Eins\n---\n\nKim Jong-un reiste nach Moskau. Er kam am 3. Juni an.\n',
      zwei: '---\ntitle: Zwei\n---\n\nEin zweiter Bericht. Er ist kurz.\n',
    });
    await writeFile(path.join(root, 'source/zwei.md'), '---\ntitle: Zwei\n---\n\nGanz anders.\n');
    const taken = new Map<string, Article | undefined>();
    for await (const { ref, article } of rereadArticles(root, feed, languages, glossary, new Set(['Nr']))) taken.set(ref.slug, article);
    expect(asPassSees(taken.get('eins')!)).toEqual(asPassSees({ ...wholes[0]!, sourceHash: wholes[0]!.sourceHash }));
    expect(taken.get('eins')!.outline).toBeUndefined();
    expect(taken.has('zwei')).toBe(true);
    expect(taken.get('zwei')).toBeUndefined();
  });

  it('parses a translation file saved since the survey, as a parsed article would', async () => {
    const { root, feed, glossary } = await streamedRefs({ eins: '---\ntitle: Eins\n---\n\nEin Satz.\n' });
    const yaml = 'article: eins\nlanguage: en\nsource: source/eins.md\nsegments: []\n';
    await mkdir(path.join(root, 'translations/en'), { recursive: true });
    await writeFile(path.join(root, 'translations/en/eins.yaml'), yaml);
    const taken: Article[] = [];
    for await (const { article } of rereadArticles(root, feed, languages, glossary, new Set())) if (article) taken.push(article);
    expect(taken).toHaveLength(1);
    expect(taken[0]!.translations.get('en')?.text).toBe(yaml);
  });
});

describe('a streamed first run', () => {
  it('parses each article once, no sentence again and no link answer back, although the survey runs ahead of the pass', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-once-'));
    await mkdir(path.join(root, 'source'));
    await cp(GLOSSARY_FILE, path.join(root, 'glossary.yaml'));
    const articles = 120;
    for (let i = 0; i < articles; i++) {
      const n = String(i).padStart(3, '0');
      // The quote sends the article through micromark whole (simple-markdown.ts takes no quotes): one document parse each.
      await writeFile(path.join(root, 'source', `a${n}.md`), `---\ntitle: Bericht ${n}\n---\n\nKim Jong-un reiste nach Moskau (Meldung ${n}). Er kam am 3. Juni an.\n\n- Ein [Link](https://x.org/${n}) zu Fall ${n}.\n\n> Ein Zitat.\n`);
    }
    const parser = await loadMarkdownParser();
    const real = parser.fromMarkdown;
    const documentsParsed: string[] = [];
    const sentencesParsed: string[] = [];
    const answersParsed: string[] = [];
    // Counted at the Markdown parser (not ours): a whole document is parsed with the front matter extension.
    parser.fromMarkdown = ((value: string, ...rest: unknown[]) => {
      const options = rest.find((r) => typeof r === 'object' && r !== null) as { extensions?: unknown[] } | undefined;
      if (options?.extensions?.length) documentsParsed.push(value.slice(0, 40));
      else if (!value.includes('⟦')) sentencesParsed.push(value); // German: converted for the provider
      else answersParsed.push(value); // answers (⟦…⟧) read back after restoring
      return (real as (...args: unknown[]) => ReturnType<typeof real>)(value, ...rest);
    }) as typeof real;
    try {
      const run = await translateRun({ root, paths: [], languages: ['en', 'ko'], provider: 'pseudo', providerSettings: { env: {}, englishVariant: 'en-US' }, dryRun: false, concurrency: 4, force: false });
      expect(run.files.filter((f) => f.changed)).toHaveLength(articles * 2);
    } finally {
      parser.fromMarkdown = real;
    }
    expect(documentsParsed).toHaveLength(articles);
    // One sentence per article holds markup (the link): its tags come from the document's parse (sentence-inline.ts),
    // and an outlined article takes them from the survey, so no sentence is parsed again.
    expect(sentencesParsed).toEqual([]);
    // A link's answer needs no reading back to be known good (inline-tags.ts surelySurvives).
    expect(answersParsed).toEqual([]);
  });
});
