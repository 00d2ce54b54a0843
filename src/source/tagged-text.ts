/**
 * The XML-tagged segment text that providers receive and return: parsed into a tree, strictly enough to
 * notice a lost, invented or mis-nested tag, leniently enough for a bare `&` that a model left unescaped.
 */

/** Tags that wrap translated text. */
export const WRAPPING_TAGS = ['em', 'strong', 'del', 'a'] as const;
/** Tags that stand for something kept aside (code, image, hard break, raw HTML or an autolink). */
export const EMPTY_TAGS = ['code', 'img', 'br', 'x'] as const;
export type TagName = (typeof WRAPPING_TAGS)[number] | (typeof EMPTY_TAGS)[number];

export type TaggedNode = { type: 'text'; value: string } | { type: 'tag'; name: TagName; id?: string; children: TaggedNode[] };

export type TaggedParse = { ok: true; nodes: TaggedNode[] } | { ok: false; reason: string };

/** Sticky: matched where the scan stands (`lastIndex`), never further on. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/y;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Shows a tag the way it was sent, for messages. */
export function describeTag(name: TagName, id: string | undefined): string {
  const idPart = id === undefined ? '' : ` id="${id}"`;
  return (EMPTY_TAGS as readonly string[]).includes(name) ? `<${name}${idPart}/>` : `<${name}${idPart}>`;
}

export function parseTagged(input: string): TaggedParse {
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
    // The text up to the next `&` or `<` in one piece (character by character, and matching on the rest of the input
    // cut off at every tag, it was the largest allocation of receiving answers).
    const next = nextSpecial(input, i);
    if (next > i) {
      text += input.slice(i, next);
      i = next;
      if (i === input.length) break;
    }
    if (input[i] === '&') {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(input);
      if (entity) {
        const code = entity[2] !== undefined ? Number(entity[2]) : entity[3] !== undefined ? Number.parseInt(entity[3], 16) : -1;
        text += entity[1] !== undefined ? NAMED[entity[1]]! : String.fromCodePoint(code > 0 && code <= 0x10ffff ? code : 0xfffd);
        i += entity[0].length;
      } else {
        text += '&'; // a bare ampersand: tolerated
        i += 1;
      }
      continue;
    }
    TAG.lastIndex = i;
    const tag = TAG.exec(input);
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

/** Where the next `&` or `<` from `from` is (the input's length when there is none). */
function nextSpecial(input: string, from: number): number {
  const amp = input.indexOf('&', from);
  const lt = input.indexOf('<', from);
  if (amp === -1) return lt === -1 ? input.length : lt;
  return lt === -1 ? amp : Math.min(amp, lt);
}

function isTagName(name: string): name is TagName {
  return (WRAPPING_TAGS as readonly string[]).includes(name) || (EMPTY_TAGS as readonly string[]).includes(name);
}

function idOf(attributes: string): string | undefined {
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    if (match[1] === 'id') return match[2] ?? match[3];
  }
  return undefined;
}

/** Every tag of a tree as `name` or `name#id`, in document order. */
export function tagSignatures(nodes: readonly TaggedNode[], into: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type === 'text') continue;
    into.push(signature(node.name, node.id));
    tagSignatures(node.children, into);
  }
  return into;
}

/** `em`, `strong`, `del` carry no id (any a model adds is ignored); the others are told apart by theirs. */
export function signature(name: TagName, id: string | undefined): string {
  return name === 'em' || name === 'strong' || name === 'del' || id === undefined ? name : `${name}#${id}`;
}

/** The tree's structure and words with whitespace left out: equal shapes mean the same markup on the same words. */
export function shapeOf(nodes: readonly TaggedNode[]): string {
  return nodes
    .map((node) => (node.type === 'text' ? node.value : `<${node.name}>${shapeOf(node.children)}</${node.name}>`))
    .join('')
    .replace(/\s+/g, '');
}
