/**
 * A small, strict XML reader for the files CAT tools send back: elements, attributes, text, CDATA, comments,
 * processing instructions and a DOCTYPE (skipped). Entities: the five predefined ones and character references.
 * Namespaces are not resolved; `localName` drops a prefix. Not well-formed input → XmlError with line and column.
 */

export interface XmlElement {
  name: string;
  localName: string;
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

const NAME = /[A-Za-z_:\u00c0-\uffff][-A-Za-z0-9_:.\u00b7\u00c0-\uffff]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function readXml(input: string): XmlElement {
  const text = input.replace(/^\uFEFF/, '');
  let i = 0;
  const fail = (message: string, at = i): never => {
    const before = text.slice(0, at).split('\n');
    throw new XmlError(message, before.length, before.at(-1)!.length + 1);
  };
  const position = (at: number) => {
    const before = text.slice(0, at).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const skipUntil = (end: string, what: string): void => {
    const found = text.indexOf(end, i);
    if (found === -1) fail(`unclosed ${what}`);
    i = found + end.length;
  };
  const readName = (): string => {
    NAME.lastIndex = i;
    const match = NAME.exec(text);
    if (!match) fail('expected a name');
    i += match![0].length;
    return match![0];
  };
  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (whole, body: string, offset: number) => {
      if (!whole.endsWith(';')) fail('"&" must start an entity such as &amp;', at + offset);
      if (body in PREDEFINED) return PREDEFINED[body]!;
      const code = /^#x([0-9a-fA-F]+)$/.exec(body)?.[1] ?? /^#([0-9]+)$/.exec(body)?.[1];
      if (code === undefined) fail(`unknown entity &${body};`, at + offset);
      const value = body.startsWith('#x') ? Number.parseInt(code!, 16) : Number(code);
      if (!(value > 0 && value <= 0x10ffff)) fail(`invalid character reference &${body};`, at + offset);
      return String.fromCodePoint(value);
    });
  const skipMisc = (): void => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text.startsWith('<?', i)) skipUntil('?>', 'processing instruction');
      else if (text.startsWith('<!--', i)) skipUntil('-->', 'comment');
      else if (text.startsWith('<!DOCTYPE', i)) skipDoctype();
      else return;
    }
  };
  const skipDoctype = (): void => {
    let depth = 0;
    for (i += 9; i < text.length; i++) {
      if (text[i] === '[') depth++;
      else if (text[i] === ']') depth--;
      else if (text[i] === '>' && depth === 0) {
        i++;
        return;
      }
    }
    fail('unclosed DOCTYPE');
  };

  const readElement = (): XmlElement => {
    const start = position(i);
    i++; // <
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const spaced = /\s/.test(text[i] ?? '');
      while (/\s/.test(text[i] ?? '')) i++;
      if (text.startsWith('/>', i)) {
        i += 2;
        return { name, localName: local(name), attributes, children: [], ...start };
      }
      if (text[i] === '>') {
        i++;
        break;
      }
      if (!spaced) fail(`expected a space, ">" or "/>" in <${name}>`);
      const attribute = readName();
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] !== '=') fail(`attribute ${attribute} needs a value`);
      i++;
      while (/\s/.test(text[i] ?? '')) i++;
      const quote = text[i];
      if (quote !== '"' && quote !== "'") fail(`the value of ${attribute} must be quoted`);
      const end = text.indexOf(quote!, i + 1);
      if (end === -1) fail(`unclosed value of ${attribute}`);
      const raw = text.slice(i + 1, end);
      if (raw.includes('<')) fail(`"<" in the value of ${attribute}`);
      if (attribute in attributes) fail(`attribute ${attribute} appears twice`);
      attributes[attribute] = decode(raw, i + 1).replace(/[\t\n\r]/g, ' ');
      i = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (i >= text.length) fail(`<${name}> is never closed`, i);
      if (text.startsWith('</', i)) {
        const closeAt = i;
        i += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}> (line ${start.line})`, closeAt);
        while (/\s/.test(text[i] ?? '')) i++;
        if (text[i] !== '>') fail(`expected ">" after </${closing}`);
        i++;
        return { name, localName: local(name), attributes, children, ...start };
      }
      if (text.startsWith('<!--', i)) skipUntil('-->', 'comment');
      else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i);
        if (end === -1) fail('unclosed CDATA section');
        children.push({ text: text.slice(i + 9, end) });
        i = end + 3;
      } else if (text.startsWith('<?', i)) skipUntil('?>', 'processing instruction');
      else if (text[i] === '<') children.push(readElement());
      else {
        const end = text.indexOf('<', i);
        const stop = end === -1 ? text.length : end;
        children.push({ text: decode(text.slice(i, stop).replace(/\r\n?/g, '\n'), i) });
        i = stop;
      }
    }
  };

  skipMisc();
  if (text[i] !== '<') fail('no root element');
  const root = readElement();
  skipMisc();
  if (i < text.length) fail('text after the root element');
  return root;
}

function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

export function childElements(element: XmlElement, localName?: string): XmlElement[] {
  return element.children.filter((node): node is XmlElement => 'name' in node && (localName === undefined || node.localName === localName));
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
