import { describe, expect, it } from 'vitest';
import { parseRestoredMany, toPlain, toTagged } from '../../src/source/inline-tags.ts';
import { parseInline } from '../../src/source/parse-inline.ts';

describe('toTagged', () => {
  it('turns markup into tags, keeps URLs and code aside and escapes text', () => {
    const tagged = toTagged('Ein *Wort*, **fett**, [Link](http://x.de "Titel"), `a<b` & ![Bild](p.png) <b> x');
    expect(tagged.text).toBe(
      'Ein <em>Wort</em>, <strong>fett</strong>, <a id="1">Link</a>, <code id="2"/> &amp; <img id="3"/> <x id="4"/> x',
    );
    expect(tagged.text).not.toContain('http://x.de');
    expect(tagged.text).not.toContain('a<b');
  });

  it('turns a soft line break into a space and a hard break into <br id/>', () => {
    expect(toTagged('Ein\nSatz.').text).toBe('Ein Satz.');
    expect(toTagged('Eins\\\nzwei').text).toBe('Eins<br id="1"/>zwei');
  });

  it('does not read a segment starting like a list item or heading as a block', () => {
    expect(toTagged('3. Oktober war *es*.').text).toBe('3. Oktober war <em>es</em>.');
    expect(toTagged('# eins').text).toBe('# eins');
  });
});

describe('restore', () => {
  const source = 'Er sagte _das_ **so**, laut [Bloomberg](https://bloomberg.com "B") mit `code` und ![Foto](f.png).';
  const tagged = toTagged(source);

  it('round-trips the unchanged text to the same Markdown', () => {
    expect(tagged.restore(tagged.text)).toEqual({ ok: true, markdown: source });
    for (const markdown of ['Eins\\\nzwei  \ndrei', 'a\\*b snake_case \\_x\\_ \\[n\\]', '3\\. Oktober', 'Tschüss <http://x.de> <span>x</span>']) {
      const t = toTagged(markdown);
      expect(t.restore(t.text)).toEqual({ ok: true, markdown });
    }
  });

  it('accepts reordered tags and puts back URLs, code and delimiters', () => {
    const result = tagged.restore(
      'According to <a id="1">Bloomberg</a>, with <code id="2"/> and <img id="3"/>, he said <strong>so</strong> <em>that</em>.',
    );
    expect(result).toEqual({
      ok: true,
      markdown: 'According to [Bloomberg](https://bloomberg.com "B"), with `code` and ![Foto](f.png), he said **so** _that_.',
    });
  });

  it('escapes Markdown characters that appear in the translation', () => {
    const t = toTagged('Ein *Wort*.');
    expect(t.restore('A <em>word</em> * [x] &amp;amp; 1 &lt; 2')).toEqual({
      ok: true,
      markdown: 'A *word* \\* \\[x\\] \\&amp; 1 \\< 2',
    });
    expect(t.restore('- <em>word</em>')).toEqual({ ok: true, markdown: '\\- *word*' });
  });

  it('moves spaces out of emphasis and falls back to * inside a word', () => {
    const t = toTagged('Ein _Wort_.');
    expect(t.restore('A<em> word </em>.')).toEqual({ ok: true, markdown: 'A _word_ .' });
    expect(t.restore('Re<em>word</em>ed.')).toEqual({ ok: true, markdown: 'Re*word*ed.' });
    expect(t.restore('A <em>word</em>.')).toEqual({ ok: true, markdown: 'A _word_.' });
  });

  it('rejects a missing tag, an extra tag, a changed id and broken nesting with a reason', () => {
    const reasonOf = (translated: string): string => {
      const result = tagged.restore(translated);
      if (result.ok) throw new Error(`expected a failure for ${translated}`);
      return result.reason;
    };
    const all = '<em>a</em> <strong>b</strong> <a id="1">c</a> <code id="2"/> <img id="3"/>';
    expect(tagged.restore(all).ok).toBe(true);
    expect(reasonOf(all.replace('<code id="2"/>', ''))).toBe('missing <code id="2"/>');
    expect(reasonOf(`${all} <em>d</em>`)).toBe('unexpected <em>');
    expect(reasonOf(all.replace('<a id="1">c</a>', '<a id="7">c</a>'))).toBe('missing <a id="1">; unexpected <a id="7">');
    expect(reasonOf(all.replace('<em>a</em> <strong>b</strong>', '<em>a <strong>b</em></strong>'))).toMatch(/broken nesting/);
    expect(reasonOf(all.replace('</em>', ''))).toMatch(/broken nesting|never closed/);
    expect(reasonOf(`${all} a < b`)).toMatch(/opens no tag/);
    expect(reasonOf(`${all} <span>x</span>`)).toBe('unknown tag <span>');
    expect(reasonOf(all.replace('<em>a</em>', '<em> </em>'))).toMatch(/Markdown/);
  });
});

describe('restoring a batch of answers with their Markdown parsed together', () => {
  const sources = [
    'Er sagte _das_ **so**, laut [Bloomberg](https://bloomberg.com "B") mit `code` und ![Foto](f.png).',
    'Ein Satz ohne Markup.',
    'Nach Angaben [der Behörden](https://example.org/1/2) waren *viele* betroffen.',
    '3. Oktober: ein <b>roher</b> Satz mit ~~Streichung~~ und Link <https://x.org>.',
  ];
  const answers = (text: string) => [text, text.replace(/[a-z]/g, (c) => c.toUpperCase()), `# ${text} *`, text.replace(/<em>/, '<em> ').replace(/<\/em>/, ' </em>'), 'kaputt <em>'];

  it('gives exactly what restoring each answer alone gives', () => {
    const batch = sources.flatMap((source) => answers(toTagged(source).text).map((raw) => ({ tagged: toTagged(source), raw })));
    const parsed = parseRestoredMany(batch.map(({ tagged, raw }) => tagged.candidate(raw)));
    expect(parsed.size).toBeGreaterThan(5);
    for (const { tagged, raw } of batch) expect(tagged.restore(raw, parsed)).toEqual(tagged.restore(raw));
  });

  it('checks the restored Markdown against the parse it is given, without parsing it again', () => {
    const tagged = toTagged('Ein *Wort* hier.');
    const markdown = tagged.candidate('One <em>word</em> here.')!;
    expect(markdown).toBe('One *word* here.');
    // Nodes of another text stand in for the Markdown: a check that used them finds the markup changed.
    const wrong = new Map([[markdown, parseInline('One word here.')]]);
    expect(tagged.restore('One <em>word</em> here.', wrong).ok).toBe(false);
    expect(tagged.restore('One <em>word</em> here.', parseRestoredMany([markdown]))).toEqual({ ok: true, markdown });
  });
});

describe('toPlain', () => {
  it('keeps the words of all markup and the value of inline code', () => {
    expect(toPlain('Ein *Wort*, [Link](http://x.de), `code` &amp; ![Bild](p.png)\nweiter')).toBe('Ein Wort, Link, code &  weiter');
  });
});
