/**
 * parseTagged finds the text between tags with indexOf and matches tags and entities where the scan stands (sticky
 * patterns); it used to go character by character and match on the rest of the input cut off at every tag. The
 * reference below is that earlier parser, kept to hold the faster one to the same trees and the same refusals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_TAGS, parseTagged, type TaggedNode, type TaggedParse, type TagName, WRAPPING_TAGS } from '../../src/source/tagged-text.ts';

const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/;
const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /^&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const describeTag = (name: TagName, id: string | undefined): string =>
  (EMPTY_TAGS as readonly string[]).includes(name) ? `<${name}${id === undefined ? '' : ` id="${id}"`}/>` : `<${name}${id === undefined ? '' : ` id="${id}"`}>`;
const isTagName = (name: string): name is TagName => (WRAPPING_TAGS as readonly string[]).includes(name) || (EMPTY_TAGS as readonly string[]).includes(name);
function idOf(attributes: string): string | undefined {
  for (const match of attributes.matchAll(ATTRIBUTE)) if (match[1] === 'id') return match[2] ?? match[3];
  return undefined;
}

function referenceParseTagged(input: string): TaggedParse {
  // Most sentences carry no tag and no entity: one text node, without the scan below.
  if (!input.includes('<') && !input.includes('&')) return { ok: true, nodes: input === '' ? [] : [{ type: 'text', value: input }] };
  const root: TaggedNode[] = [];
  const stack: Array<{ name: TagName; id?: string; children: TaggedNode[] }> = [];
  const current = (): TaggedNode[] => stack.at(-1)?.children ?? root;
  let text = '';
  const flush = (): void => {
    if (text !== '') current().push({ type: 'text', value: text });
    text = '';
  };

  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (c === '&') {
      const entity = ENTITY.exec(input.slice(i));
      if (entity) {
        const code = entity[2] !== undefined ? Number(entity[2]) : entity[3] !== undefined ? Number.parseInt(entity[3], 16) : -1;
        text += entity[1] !== undefined ? NAMED[entity[1]]! : String.fromCodePoint(code > 0 && code <= 0x10ffff ? code : 0xfffd);
        i += entity[0].length;
      } else {
        text += c; // a bare ampersand: tolerated
        i += 1;
      }
      continue;
    }
    if (c !== '<') {
      text += c;
      i += 1;
      continue;
    }
    const tag = TAG.exec(input.slice(i));
    if (!tag) return { ok: false, reason: `a "<" that opens no tag at character ${i + 1}` };
    const [whole, closing, rawName, attributes, selfClosing] = tag;
    const name = rawName!.toLowerCase();
    if (!isTagName(name)) return { ok: false, reason: `unknown tag <${name}>` };
    const id = idOf(attributes ?? '');
    const isEmptyKind = (EMPTY_TAGS as readonly string[]).includes(name);
    flush();
    i += whole.length;
    if (closing) {
      const open = stack.pop();
      if (!open) return { ok: false, reason: `</${name}> closes nothing` };
      if (open.name !== name) return { ok: false, reason: `broken nesting: </${name}> closes ${describeTag(open.name, open.id)}` };
      if (isEmptyKind && open.children.length > 0) return { ok: false, reason: `${describeTag(name, open.id)} must stay empty` };
      current().push(open.id === undefined ? { type: 'tag', name, children: open.children } : { type: 'tag', name, id: open.id, children: open.children });
    } else if (selfClosing) {
      if (!isEmptyKind) return { ok: false, reason: `<${name}/> is empty; it must wrap the words it marks` };
      current().push(id === undefined ? { type: 'tag', name, children: [] } : { type: 'tag', name, id, children: [] });
    } else {
      stack.push(id === undefined ? { name, children: [] } : { name, id, children: [] });
    }
  }
  flush();
  const unclosed = stack.at(-1);
  if (unclosed) return { ok: false, reason: `${describeTag(unclosed.name, unclosed.id)} is never closed` };
  return { ok: true, nodes: root };
}

const pieces = fc.constantFrom(
  'Kim ', 'Jong', '-un ', 'Prozent', ' ', '„', '“', '한국', '<', '>', '&', '&amp;', '&lt;', '&#65;', '&#x41;', '&#0;', '&#1114112;', '&quot', ';',
  '<em>', '</em>', '<strong>', '</strong>', '<a id="1">', '<a id=\'2\'>', '</a>', '<x id="3"/>', '<code id="c"/>', '<br/>', '<br>', '</br>',
  '<EM>', '<b>', '</x>', '<a  id = "4" title="t">', '< em>', '<em/>', '<del>', '</del>', '<img id="i"/>', '</ em>', '<a id="5"',
);

describe('parseTagged', () => {
  it('gives the same tree, or the same refusal, as the character-by-character parser', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.string({ maxLength: 8 }), (parts, noise) => {
        const input = parts.join('') + noise;
        expect(parseTagged(input)).toEqual(referenceParseTagged(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('parses well-formed answers as before', () => {
    for (const input of ['Kim <em>Jong</em>-un &amp; <a id="1">Putin</a><x id="2"/>.', '&#128512; &lt;b&gt;', 'ein & zwei', '<strong><em>a</em></strong>']) {
      const parsed: TaggedParse = parseTagged(input);
      expect(parsed.ok).toBe(true);
      expect(parsed).toEqual(referenceParseTagged(input));
    }
    expect((parseTagged('<em>a</em>') as { nodes: TaggedNode[] }).nodes).toEqual([{ type: 'tag', name: 'em', children: [{ type: 'text', value: 'a' }] }]);
  });
});
