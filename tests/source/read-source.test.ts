import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostic.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { readSource } from '../../src/source/read-source.ts';

function diagnosticOf(path: string, text: string): Diagnostic {
  try {
    readSource(path, text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).diagnostics[0]!;
  }
  throw new Error('expected an InputError');
}

describe('readSource', () => {
  it('names the document after its path below source/ and keeps the repo-relative path', () => {
    const doc = readSource('source/2025/kim-russland.md', 'Text.\n');
    expect(doc).toMatchObject({ slug: '2025/kim-russland', path: 'source/2025/kim-russland.md', format: 'markdown', frontMatter: {} });
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'Text.', line: 1, column: 1 }]);
  });

  it('keeps inline Markdown verbatim in block text', () => {
    const doc = readSource('a.md', 'Ein *Wort* mit [Link](http://x.de "T") und `code` \\* &amp; ok.\n');
    expect(doc.blocks[0]!.text).toBe('Ein *Wort* mit [Link](http://x.de "T") und `code` \\* &amp; ok.');
  });

  it('reports a front-matter YAML error at its line and column in the .md file', () => {
    const d = diagnosticOf('source/a.md', '---\ntitle: ok\nlang: [de\n---\n\nText.\n');
    expect(d).toMatchObject({ file: 'source/a.md', ruleId: 'front-matter', line: 3, column: 10 });
    expect(d.message).toMatch(/not valid YAML/);
    expect(d.hint).toBeTruthy();
    const duplicate = diagnosticOf('source/a.md', '---\ntitle: a\ntitle: b\n---\n');
    expect(duplicate).toMatchObject({ line: 3, column: 1 });
  });

  it('rejects front matter that is not a mapping, and a title that is not one line of text', () => {
    expect(diagnosticOf('a.md', '---\n- eins\n---\n').message).toMatch(/mapping/);
    expect(diagnosticOf('a.md', '---\nlang: de\ntitle: [a, b]\n---\n')).toMatchObject({ line: 3, column: 8 });
    expect(diagnosticOf('a.md', '---\ntitle: |\n  a\n  b\n---\n').message).toMatch(/one line/);
  });

  it('takes the title from a quoted front-matter value, pointing inside the quotes', () => {
    const doc = readSource('a.md', "---\ntitle: 'Kim: ein Treffen'\n---\n");
    expect(doc.blocks).toEqual([{ kind: 'title', text: 'Kim: ein Treffen', line: 2, column: 9 }]);
  });

  it('does not translate code blocks, HTML, thematic breaks or link definitions', () => {
    const text = '```\ncode.\n```\n\n    indented.\n\n<p>HTML.</p>\n\n***\n\n[ref]: http://x.de\n\nNur das.\n';
    expect(readSource('a.md', text).blocks.map((b) => b.text)).toEqual(['Nur das.']);
  });

  it('reads list items inside blockquotes with their depth, and blanks continuation markers', () => {
    const doc = readSource('a.md', '> - Eins\n>   weiter\n>   1. Zwei\n');
    expect(doc.blocks).toEqual([
      { kind: 'listItem', text: 'Eins\n    weiter', line: 1, column: 5, depth: 1, ordered: false },
      { kind: 'listItem', text: 'Zwei', line: 3, column: 8, depth: 2, ordered: true },
    ]);
  });

  it('reads plain text: first non-empty line the title, then one paragraph per line', () => {
    const doc = readSource('source/notiz.txt', '\n  Titel  \n\nErster Absatz.\nZweiter Absatz.\n');
    expect(doc).toMatchObject({ slug: 'notiz', format: 'text', frontMatter: { title: 'Titel' } });
    expect(doc.blocks).toEqual([
      { kind: 'title', text: 'Titel', line: 2, column: 3 },
      { kind: 'paragraph', text: 'Erster Absatz.', line: 4, column: 1 },
      { kind: 'paragraph', text: 'Zweiter Absatz.', line: 5, column: 1 },
    ]);
  });

  it('rejects an unknown extension with the fix', () => {
    const d = diagnosticOf('source/artikel.docx', 'x');
    expect(d).toMatchObject({ file: 'source/artikel.docx', ruleId: 'source-format' });
    expect(d.message).toContain('.docx');
    expect(d.hint).toMatch(/\.md.*\.txt/);
  });
});
