import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inertMarkdown, inlineHtml } from '../../src/publish/index.ts';

const HOSTILE = [
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `[klick](javascript:alert(1))`,
  `[klick](JaVaScRiPt:alert(1))`,
  `[klick](java\tscript:alert(1))`,
  `<javascript:alert(1)>`,
  `![bild](javascript:alert(1))`,
  `[x](data:text/html;base64,PHNjcmlwdD4=)`,
  `<a href="javascript:alert(1)">a</a>`,
];

describe('inlineHtml', () => {
  it('renders the inline Markdown a translation may hold', () => {
    expect(inlineHtml('Noch ein Punkt mit *Betonung* und **Kraft**, `code` und [Link](https://example.org/a?b=1&c=2 "Titel").')).toBe(
      'Noch ein Punkt mit <em>Betonung</em> und <strong>Kraft</strong>, <code>code</code> und <a href="https://example.org/a?b=1&amp;c=2" title="Titel" rel="noopener noreferrer">Link</a>.',
    );
    expect(inlineHtml('Schreiben Sie an [uns](mailto:redaktion@example.org).')).toContain('href="mailto:redaktion@example.org"');
    expect(inlineHtml('![Kim in Pjöngjang](bilder/kim.jpg)')).toBe('<img src="bilder/kim.jpg" alt="Kim in Pjöngjang" loading="lazy">');
  });

  it('keeps a sentence that starts like a block a sentence', () => {
    expect(inlineHtml('3. Oktober war ein Feiertag.')).toBe('3. Oktober war ein Feiertag.');
    expect(inlineHtml('# 1 der Liste')).toBe('# 1 der Liste');
  });

  it.each(HOSTILE)('renders %j as inert text', (hostile) => {
    const html = inlineHtml(`Vorher ${hostile} nachher`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i); // no event-handler attribute on any element
    expect(html).not.toMatch(/(?:href|src)="\s*(?:java|data)/i);
    expect(html).toMatch(/^Vorher .* nachher$/);
  });

  it('renders text without markup characters the same way with or without the parser', () => {
    // Starting with a letter: what a line starts with (`=`, `-`, `#`) is a block question, escaped on its own terms.
    const plain = fc.stringMatching(/^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß0-9 .,;:#+=()"'\-–„“]{0,39}$/).map((text) => text.trim()).filter((text) => text !== '');
    fc.assert(
      fc.property(plain, (text) => {
        // "&amp;" forces the parser path; it renders as "&amp;" again.
        expect(inlineHtml(`${text} &amp;`)).toBe(`${inlineHtml(text)} &amp;`);
        expect(inertMarkdown(`${text} &amp;`)).toBe(`${inertMarkdown(text)} &amp;`);
      }),
    );
  });

  it('shows the words of raw HTML to the reader', () => {
    expect(inlineHtml('Gefährlich ist <script>alert("de")</script> im Text.')).toBe(
      'Gefährlich ist &lt;script&gt;alert(&quot;de&quot;)&lt;/script&gt; im Text.',
    );
    expect(inlineHtml('[einem bösen Link](javascript:alert(1)) am Ende')).toBe('einem bösen Link am Ende');
  });
});

describe('inertMarkdown', () => {
  const nodesOf = (markdown: string): Nodes[] => {
    const all: Nodes[] = [];
    const visit = (node: Nodes): void => {
      all.push(node);
      if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
    };
    visit(fromMarkdown(markdown));
    return all;
  };

  it('leaves ordinary inline Markdown as it is', () => {
    const text = 'Noch ein Punkt mit *Betonung* und [Link](https://example.org/a.b "T") und `x < y`.';
    expect(inertMarkdown(text)).toBe(text);
  });

  it.each(HOSTILE)('makes %j inert for any Markdown renderer', (hostile) => {
    const markdown = inertMarkdown(`Vorher ${hostile} nachher`);
    const nodes = nodesOf(markdown);
    expect(nodes.filter((node) => node.type === 'html')).toEqual([]);
    for (const node of nodes) {
      if (node.type === 'link' || node.type === 'image') expect(node.url).toMatch(/^(?:https?:|mailto:)/);
    }
    expect(nodes.filter((node) => node.type === 'paragraph')).toHaveLength(1);
  });

  it('keeps the visible words of removed markup', () => {
    expect(inertMarkdown('Gefährlich ist <script>x</script> im Text.')).toBe('Gefährlich ist &lt;script>x&lt;/script> im Text.');
    expect(inertMarkdown('Ein [böser *Link*](javascript:alert(1)).')).toBe('Ein böser *Link*.');
  });

  it('escapes a translation that would open a block', () => {
    expect(inertMarkdown('# Nummer eins')).toBe('\\# Nummer eins');
    expect(inertMarkdown('1. Oktober')).toBe('1\\. Oktober');
    expect(nodesOf(inertMarkdown('- Punkt')).some((node) => node.type === 'list')).toBe(false);
  });
});
