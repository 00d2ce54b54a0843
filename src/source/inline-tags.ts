/**
 * A segment's inline Markdown ⇄ the XML-tagged text providers translate. Markup becomes tags
 * (`<em>`, `<strong>`, `<del>`, `<a id>`) or placeholders (`<code id/>`, `<img id/>`, `<br id/>` for a hard
 * break, `<x id/>` for raw HTML and autolinks); URLs, code and images never leave, and `restore` puts
 * them back with the delimiters the source used.
 */
import type { PhrasingContent } from 'mdast';
import { plainTextOf } from './inline-plain.ts';
import { mayHoldMarkup, offsetsOf, parseInline, parseInlineMany } from './parse-inline.ts';
import { describeTag, escapeXmlText, parseTagged, shapeOf, signature, tagSignatures } from './tagged-text.ts';
import type { TaggedNode, TagName } from './tagged-text.ts';
import { escapeMarkdownText } from './markdown-escape.ts';

export type RestoreResult = { ok: true; markdown: string } | { ok: false; reason: string };

/** Inline nodes of Markdown texts parsed beforehand, by text (`parseRestoredMany`). */
export type ParsedInline = ReadonlyMap<string, PhrasingContent[]>;

export interface TaggedSegment {
  text: string;
  /** `parsed`: the Markdown it rebuilds, already parsed (restoring checks that the Markdown reads back right). */
  restore(translated: string, parsed?: ParsedInline): RestoreResult;
  /** The Markdown `restore` would check first, or undefined when the answer's tags are wrong. */
  candidate(translated: string): string | undefined;
}

interface KeptAside {
  /** Markdown before the translated words (`[` of a link) or the whole verbatim markup (code, image…). */
  before: string;
  /** Markdown after the words: `](url "title")` of a link. */
  after: string;
}

/** Plain text of inline Markdown, for glossary matching and provider context. */
export function toPlain(markdown: string): string {
  return mayHoldMarkup(markdown) ? plainTextOf(markdown).text : markdown;
}

/** `nodes`: the text's inline nodes when they are at hand (`parseInlineMany`), else it is parsed here. */
export function toTagged(markdown: string, nodes?: PhrasingContent[]): TaggedSegment {
  const kept = new Map<string, KeptAside>();
  const delimiters: Record<'em' | 'strong' | 'del', string[]> = { em: [], strong: [], del: [] };
  let nextId = 1;
  const keep = (before: string, after = ''): string => {
    const id = String(nextId++);
    kept.set(id, { before, after });
    return id;
  };

  const render = (nodes: PhrasingContent[]): string =>
    nodes
      .map((node) => {
        const { start, end } = offsetsOf(node);
        const source = markdown.slice(start, end);
        switch (node.type) {
          case 'text':
            return escapeXmlText(node.value.replace(/\n/g, ' '));
          case 'emphasis':
            delimiters.em.push(source[0]!);
            return `<em>${render(node.children)}</em>`;
          case 'strong':
            delimiters.strong.push(source.slice(0, 2));
            return `<strong>${render(node.children)}</strong>`;
          case 'delete':
            delimiters.del.push(source.startsWith('~~') ? '~~' : '~');
            return `<del>${render(node.children)}</del>`;
          case 'link':
          case 'linkReference': {
            if (source.startsWith('<')) return `<x id="${keep(source)}"/>`; // autolink: the URL is its text
            const labelEnd = markdown.indexOf(']', node.children.length > 0 ? offsetsOf(node.children.at(-1)!).end : start + 1);
            return `<a id="${keep('[', markdown.slice(labelEnd, end))}">${render(node.children)}</a>`;
          }
          case 'inlineCode':
            return `<code id="${keep(source)}"/>`;
          case 'image':
          case 'imageReference':
            return `<img id="${keep(source)}"/>`;
          case 'break':
            return `<br id="${keep(source)}"/>`;
          default:
            return `<x id="${keep(source)}"/>`;
        }
      })
      .join('');

  const text = render(nodes ?? parseInline(markdown));
  const parsedSource = parseTagged(text);
  if (!parsedSource.ok) throw new Error(`toTagged produced malformed text: ${parsedSource.reason}`);
  const expected = tagSignatures(parsedSource.nodes);

  const matching = (translated: string): { ok: true; nodes: TaggedNode[] } | { ok: false; reason: string } => {
    const parsed = parseTagged(translated);
    if (!parsed.ok) return parsed;
    const mismatch = compareTags(expected, tagSignatures(parsed.nodes));
    return mismatch ? { ok: false, reason: mismatch } : parsed;
  };

  const restore = (translated: string, parsedInline?: ParsedInline): RestoreResult => {
    const parsed = matching(translated);
    if (!parsed.ok) return parsed;
    // `_` cannot open or close emphasis inside a word; if the translation moved it there, `*` can.
    for (const asterisks of [false, true]) {
      const markdownOut = rebuild(parsed.nodes, kept, delimiters, asterisks);
      if (survives(markdownOut, parsed.nodes, parsedInline?.get(markdownOut))) return { ok: true, markdown: markdownOut };
    }
    return { ok: false, reason: 'the markup does not come out as valid Markdown (e.g. emphasis around nothing but spaces)' };
  };

  const candidate = (translated: string): string | undefined => {
    const parsed = matching(translated);
    return parsed.ok ? rebuild(parsed.nodes, kept, delimiters, false) : undefined;
  };

  return { text, restore, candidate };
}

function compareTags(expected: string[], actual: string[]): string | undefined {
  const remaining = [...expected];
  const extra: string[] = [];
  for (const tag of actual) {
    const index = remaining.indexOf(tag);
    if (index === -1) extra.push(tag);
    else remaining.splice(index, 1);
  }
  const show = (tag: string): string => {
    const [name, id] = tag.split('#');
    return describeTag(name as TagName, id);
  };
  const problems = [...remaining.map((tag) => `missing ${show(tag)}`), ...extra.map((tag) => `unexpected ${show(tag)}`)];
  return problems.length > 0 ? problems.join('; ') : undefined;
}

function rebuild(
  nodes: readonly TaggedNode[],
  kept: ReadonlyMap<string, KeptAside>,
  sourceDelimiters: Record<'em' | 'strong' | 'del', readonly string[]>,
  asterisks: boolean,
): string {
  const queues = { em: [...sourceDelimiters.em], strong: [...sourceDelimiters.strong], del: [...sourceDelimiters.del] };
  const fallback = { em: '*', strong: '**', del: '~~' };
  const render = (list: readonly TaggedNode[]): string =>
    list
      .map((node) => {
        if (node.type === 'text') return escapeMarkdownText(node.value.replace(/\n/g, ' '));
        if (node.name === 'em' || node.name === 'strong' || node.name === 'del') {
          const sourceDelimiter = queues[node.name].shift() ?? fallback[node.name];
          const delimiter = asterisks ? sourceDelimiter.replace(/_/g, '*') : sourceDelimiter;
          return wrap(delimiter, render(node.children), delimiter);
        }
        const aside = kept.get(node.id ?? '')!;
        return node.name === 'a' ? `${aside.before}${render(node.children)}${aside.after}` : aside.before;
      })
      .join('');
  return escapeLineStart(render(nodes).trim());
}

/** Whitespace just inside emphasis delimiters would stop them being delimiters: move it outside. */
function wrap(open: string, inner: string, close: string): string {
  const core = inner.trim();
  if (core === '') return inner;
  const lead = inner.slice(0, inner.length - inner.trimStart().length);
  const trail = inner.slice(inner.trimEnd().length);
  return `${lead}${open}${core}${close}${trail}`;
}

/** A translation starting with `# `, `- ` or `1. ` must not turn its block into a heading or a list. */
function escapeLineStart(markdown: string): string {
  if (/^(?:#|>|[-+](?:\s|$)|=+\s*$)/.test(markdown)) return `\\${markdown}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(markdown);
  return ordered ? `${ordered[1]}\\${markdown.slice(ordered[1]!.length)}` : markdown;
}

/**
 * The Markdown of many answers parsed in one go, for `restore`: the parser's set-up costs more than a sentence, and
 * restoring parsed each answer's Markdown on its own (a tenth of a first run's CPU). `undefined` entries are skipped.
 */
export function parseRestoredMany(markdowns: ReadonlyArray<string | undefined>): ParsedInline {
  const texts = [...new Set(markdowns.filter((markdown): markdown is string => markdown !== undefined && mayHoldMarkup(markdown)))];
  const nodes = parseInlineMany(texts);
  return new Map(texts.map((markdown, index) => [markdown, nodes[index]!]));
}

function survives(markdown: string, intended: readonly TaggedNode[], nodes?: PhrasingContent[]): boolean {
  // Markdown that cannot hold markup reads back as one text node, character for character (`parseInline`).
  if (!mayHoldMarkup(markdown)) return markdown.replace(/\s+/g, '') === shapeOf(intended);
  const reparsed = parseTagged(toTagged(markdown, nodes).text);
  return reparsed.ok && shapeOf(reparsed.nodes) === shapeOf(intended);
}
