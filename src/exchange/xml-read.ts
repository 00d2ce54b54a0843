/**
 * XML from CAT tools we do not control → a small element tree with namespaces, through saxes (a conforming,
 * non-validating parser). It never loads anything: a DOCTYPE is read as text and its internal subset is not
 * processed, so only the five predefined entities and character references exist; any other entity (an external
 * one, or a bomb declared in the DOCTYPE) is refused where it is used. Not well-formed → XmlError with the place.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlElement {
  /** Qualified name as written (`mda:meta`). */
  name: string;
  localName: string;
  /** Namespace URI; '' when the element is in no namespace (TMX). */
  namespace: string;
  /** By qualified name as written (`xml:lang`, `state`); namespace declarations included. */
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
  column: number;
}
export type XmlNode = XmlElement | { text: string };

export class XmlError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
    this.name = 'XmlError';
  }
}

export function readXml(input: string): XmlElement {
  const text = input.replace(/^\uFEFF/, '');
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  let tagStart = { line: 1, column: 1 };

  parser.on('opentagstart', (tag) => {
    // The parser has read the name and the character after it; the element starts at its "<" on the same line.
    tagStart = { line: parser.line, column: parser.columnIndex - tag.name.length - 1 };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    const element: XmlElement = { name: tag.name, localName: tag.local, namespace: tag.uri, attributes, children: [], ...tagStart };
    open.at(-1)?.children.push(element);
    if (open.length === 0) root = element;
    open.push(element);
  });
  parser.on('closetag', () => void open.pop());
  const addText = (value: string): void => {
    const children = open.at(-1)?.children;
    if (children !== undefined && value !== '') children.push({ text: value });
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    throw explain(text, error.message.replace(/^\d+:\d+: /, ''), parser.line, parser.column);
  }
  return root!;
}

/**
 * saxes reads a bare "&" as the start of an entity name up to the next ";", so its error lands far away; point
 * at the "&" instead, as a person fixing the file needs.
 */
function explain(text: string, message: string, line: number, column: number): XmlError {
  const bareAmpersand = /&(?!(?:[A-Za-z_:][-\w.:]*|#[0-9]+|#x[0-9a-fA-F]+);)/.exec(text);
  const errorAt = offsetOf(text, line, column);
  if (bareAmpersand && bareAmpersand.index < errorAt) {
    const at = positionOf(text, bareAmpersand.index);
    return new XmlError('"&" must start an entity such as &amp;', at.line, at.column);
  }
  if (/close tag/.test(message)) {
    // saxes notices a wrong closing tag at its ">"; the person needs the place where it starts.
    const at = positionOf(text, text.lastIndexOf('</', errorAt - 1));
    return new XmlError(message, at.line, at.column);
  }
  const entity = /undefined entity/.test(message) ? /&([^;&\s]*);$/.exec(text.slice(0, errorAt))?.[1] : undefined;
  const explained = entity !== undefined ? `unknown entity &${entity}; (only &amp; &lt; &gt; &quot; &apos; and character references; a DOCTYPE's entities are never expanded)` : message;
  return new XmlError(explained, line, Math.max(column, 1));
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(offset, 0)).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Offset just after saxes's line (1-based) and column (0-based code points, the next character to read). */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1;
  return offset + [...text.slice(offset, offset + column * 2)].slice(0, column).join('').length;
}

/** Child elements, optionally of one local name (and namespace: a prefix is only a spelling). */
export function childElements(element: XmlElement, localName?: string, namespace?: string): XmlElement[] {
  return element.children.filter((node): node is XmlElement =>
    'name' in node && (localName === undefined || node.localName === localName) && (namespace === undefined || node.namespace === namespace));
}

/** Text content; XLIFF 2 `<cp hex>` elements become their character, other inline elements their text. */
export function textContent(element: XmlElement): string {
  return element.children
    .map((node) => {
      if ('text' in node) return node.text;
      if (node.localName === 'cp') return String.fromCodePoint(Number.parseInt(node.attributes.hex ?? 'FFFD', 16));
      return textContent(node);
    })
    .join('');
}
