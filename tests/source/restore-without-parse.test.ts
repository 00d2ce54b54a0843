/**
 * Restored answers whose tags are links and kept markup only are known good without parsing them back
 * (surelySurvives): whenever that says so, parsing must agree, whatever text the provider put around the tags.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRestoredMany, readsBackAs, toTagged } from '../../src/source/inline-tags.ts';
import { surelySurvives } from '../../src/source/surely-survives.ts';
import { loadMarkdownParser } from '../../src/source/markdown-parser.ts';
import { escapeXmlText, parseTagged } from '../../src/source/tagged-text.ts';

const sourceWord = fc.constantFrom('Kim', 'Moskau', 'am 3. Juni', '„so“', 'x<y', 'a&b');
const sourceWords = fc.array(sourceWord, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const sourcePiece = fc.oneof(
  sourceWords,
  sourceWords.map((w) => `[${w}](https://example.org/a "T")`),
  sourceWords.map((w) => `[${w} \`c\`](https://x.org/<b>)`),
  fc.constantFrom('`code`', '``a ` b``', '![Bild](b.png)', '<span>', '<https://x.org>', '[![Bild](b.png)](https://x.org)', '*em*', 'Eins\\\nzwei'),
);
const source = fc.array(sourcePiece, { minLength: 1, maxLength: 5 }).map((parts) => `${parts.join(' ')}.`);
/** What a provider may put between the tags: anything, escapes and markup look-alikes included. */
const answerText = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'é', ' ', '!', '[', ']', '(', ')', '*', '_', '`', '\\', '&', '#', '-', '1', '.', '<', '>', '~', ':', '|', '=', '\n', '\r', '\u0000', '"', '😀', '평'), maxLength: 12 }),
  fc.constantFrom('', ' ', '!', 'Wow!', '&amp;', '&#228;', '# x', '- x', '1. x', '\\', '_x_', 'a_b', '<br>', '<https://y>', '![i](j)', '[a](b)', '~~~', '    code'),
);

/** The tagged source with every text between its tags replaced by what the provider said. */
const answered = fc.tuple(source, fc.infiniteStream(answerText)).map(([markdown, texts]) => {
  const tagged = toTagged(markdown);
  const translated = tagged.text.replace(/(^|>)([^<]*)(?=<|$)/g, (_, before: string) => before + escapeXmlText(texts.next().value as string));
  return { markdown, tagged, translated };
});

describe('restoring without parsing back', () => {
  it('is taken only where parsing back agrees', async () => {
    await loadMarkdownParser();
    let sure = 0;
    fc.assert(
      fc.property(answered, ({ tagged, translated }) => {
        const parsed = parseTagged(translated);
        if (!parsed.ok || !surelySurvives(parsed.nodes)) return;
        const candidate = tagged.candidate(translated);
        expect(candidate).toBeUndefined(); // nothing to parse beforehand
        const restored = tagged.restore(translated);
        if (!restored.ok) return; // tags that do not match the source's are refused before any Markdown
        sure += 1;
        expect(readsBackAs(restored.markdown, parsed.nodes, parseRestoredMany([restored.markdown]).get(restored.markdown)), restored.markdown).toBe(true);
      }),
      { numRuns: 6000 },
    );
    expect(sure).toBeGreaterThan(500);
  }, 120_000);

  it('is not taken for emphasis, code, hard breaks, a text ending in ! or holding CR', () => {
    const nodes = (tagged: string) => (parseTagged(tagged) as { ok: true; nodes: Parameters<typeof surelySurvives>[0] }).nodes;
    expect(surelySurvives(nodes('Ein <a id="1">Link</a> und <img id="2"/>.'))).toBe(true);
    expect(surelySurvives(nodes('<code id="1"/><code id="2"/>'))).toBe(false); // `a``b` would be one code span
    expect(surelySurvives(nodes('Ein <em>Wort</em>.'))).toBe(false);
    expect(surelySurvives(nodes('Eins<br id="1"/>zwei'))).toBe(false);
    expect(surelySurvives(nodes('Wow!<a id="1">Link</a>'))).toBe(false);
    expect(surelySurvives(nodes('a\rb <a id="1">Link</a>'))).toBe(false);
  });
});
