import { describe, expect, it } from 'vitest';
import { readXml, XmlError } from '../../src/exchange/index.ts';

describe('readXml', () => {
  it('reads elements, attributes, entities, CDATA, and skips comments, PIs and the DOCTYPE', () => {
    const root = readXml('\uFEFF<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd" [ <!ENTITY x "y"> ]>\n<!-- c -->\n<a xmlns:b="urn:b" b:c=\'1 &amp; 2\'>x &lt;&#x41;&#66;<![CDATA[<raw> & ]]><b:d/><?pi?></a>\n');
    expect(root).toMatchObject({ name: 'a', localName: 'a', namespace: '', attributes: { 'xmlns:b': 'urn:b', 'b:c': '1 & 2' }, line: 4, column: 1 });
    expect(root.children).toEqual([
      { text: 'x <AB' },
      { text: '<raw> & ' },
      { name: 'b:d', localName: 'd', namespace: 'urn:b', attributes: {}, children: [], line: 4, column: 73 },
    ]);
  });

  it('resolves namespaces, so a prefix is only a spelling', () => {
    const root = readXml('<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns="urn:other">\n  😀<x:file/><file/></x:xliff>');
    expect(root).toMatchObject({ localName: 'xliff', namespace: 'urn:oasis:names:tc:xliff:document:2.0' });
    const [core, other] = root.children.filter((node) => 'name' in node) as Array<{ namespace: string; line: number; column: number }>;
    expect(core).toMatchObject({ namespace: 'urn:oasis:names:tc:xliff:document:2.0', line: 2, column: 5 });
    expect(other).toMatchObject({ namespace: 'urn:other' });
  });

  it.each([
    ['<a>', /unclosed tag: a/, 1],
    ['<a></b>', /unexpected close tag/, 1],
    ['<a x=1/>', /unquoted attribute value/, 1],
    ['<a>&nbsp;</a>', /unknown entity &nbsp;/, 1],
    ['<a>\n  fish & chips</a>', /must start an entity/, 2],
    ['<a x="1" x="2"/>', /duplicate attribute/, 1],
    ['<a/><b/>', /only one root/, 1],
    ['', /must contain a root element/, 1],
    ['<a xmlns:b="urn:b"><c:d/></a>', /unbound namespace prefix/, 1],
  ])('refuses %j', (xml, message, line) => {
    expect(() => readXml(xml)).toThrow(XmlError);
    expect(() => readXml(xml)).toThrow(message);
    try {
      readXml(xml);
    } catch (error) {
      expect((error as XmlError).line).toBe(line);
    }
  });

  it('points at a bare "&" where it stands, not where the parser gave up', () => {
    expect(() => readXml('<a>\n  fish & chips</a>')).toThrow(expect.objectContaining({ line: 2, column: 8 }));
  });

  it.each([
    ['an external entity (XXE)', '<!DOCTYPE a [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<a>&xxe;</a>', /unknown entity &xxe;/],
    ['an external parameter entity', '<!DOCTYPE a [ <!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p; ]>\n<a>&e;</a>', /unknown entity &e;/],
    ['an entity bomb (billion laughs)', `<!DOCTYPE a [ <!ENTITY l0 "ha">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')} ]>\n<a>&l9;</a>`, /unknown entity &l9;/],
    ['an entity named like an object property', '<a>&constructor;&__proto__;</a>', /unknown entity &constructor;/],
  ])('never expands %s', (_what, xml, message) => {
    expect(() => readXml(xml)).toThrow(message);
    expect(() => readXml(xml)).toThrow(expect.objectContaining({ line: xml.split('\n').length }));
  });
});
