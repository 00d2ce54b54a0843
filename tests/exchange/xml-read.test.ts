import { describe, expect, it } from 'vitest';
import { readXml, XmlError } from '../../src/exchange/index.ts';

describe('readXml', () => {
  it('reads elements, attributes, entities, CDATA, and skips comments, PIs and the DOCTYPE', () => {
    const root = readXml('\uFEFF<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd" [ <!ENTITY x "y"> ]>\n<!-- c -->\n<a xmlns:b="urn:b" b:c=\'1 &amp; 2\'>x &lt;&#x41;&#66;<![CDATA[<raw> & ]]><b:d/><?pi?></a>\n');
    expect(root).toMatchObject({ name: 'a', localName: 'a', attributes: { 'xmlns:b': 'urn:b', 'b:c': '1 & 2' }, line: 4, column: 1 });
    expect(root.children).toEqual([
      { text: 'x <AB' },
      { text: '<raw> & ' },
      { name: 'b:d', localName: 'd', attributes: {}, children: [], line: 4, column: 73 },
    ]);
  });

  it.each([
    ['<a>', /never closed/],
    ['<a></b>', /<\/b> closes <a>/],
    ['<a x=1/>', /must be quoted/],
    ['<a>&nbsp;</a>', /unknown entity &nbsp;/],
    ['<a>fish & chips</a>', /must start an entity/],
    ['<a x="1" x="2"/>', /appears twice/],
    ['<a/><b/>', /text after the root element/],
    ['', /no root element/],
  ])('refuses %j', (xml, message) => {
    expect(() => readXml(xml)).toThrow(XmlError);
    expect(() => readXml(xml)).toThrow(message);
  });
});
