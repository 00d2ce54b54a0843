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
import { rebuild } from './rebuild-markdown.ts';
import { ownText } from './own-text.ts';
import { surelySurvives } from './surely-survives.ts';

export type RestoreResult = { ok: true; markdown: string } | { ok: false; reason: string };

/** Inline nodes of Markdown texts parsed beforehand, by text (`parseRestoredMany`). */
export type ParsedInline = ReadonlyMap<string, PhrasingContent[]>;

export interface TaggedSegment {
  text: string;
  /** `parsed`: the Markdown it rebuilds, already parsed (restoring checks that the Markdown reads back right). */
  restore(translated: string, parsed?: ParsedInline): RestoreResult;
  /** The Markdown `restore` would parse to check first; undefined when the answer's tags are wrong, or when that
   * Markdown needs no parse to be known good (`surelySurvives`). */
  candidate(translated: string): string | undefined;
}

export interface KeptAside {
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
  return new TaggedMarkdown(markdown, nodes ?? parseInline(markdown));
}

type Delimiters = Record<'em' | 'strong' | 'del', string[]>;

/** A class rather than closures: one is made per sentence and per check of a restored answer. */
class TaggedMarkdown implements TaggedSegment {
  readonly text: string;
  readonly #kept = new Map<string, KeptAside>();
  readonly #delimiters: Delimiters = { em: [], strong: [], del: [] };
  readonly #expected: string[];
  #candidate: { translated: string; parsed: ReturnType<TaggedMarkdown['matching']>; markdown: string | undefined; sure: boolean } | undefined;

  /** `copyOf`: the same conversion again, holding its own characters (`detachedConversion`); then the rest is unused. */
  constructor(markdown: string, nodes: PhrasingContent[], copyOf?: TaggedMarkdown) {
    if (copyOf) {
      this.text = ownText(copyOf.text);
      for (const [id, aside] of copyOf.#kept) this.#kept.set(id, { before: ownText(aside.before), after: ownText(aside.after) });
      for (const name of ['em', 'strong', 'del'] as const) this.#delimiters[name].push(...copyOf.#delimiters[name]);
      this.#expected = copyOf.#expected;
      return;
    }
    this.text = renderTagged(nodes, markdown, this.#kept, this.#delimiters);
    const parsedSource = parseTagged(this.text);
    if (!parsedSource.ok) throw new Error(`toTagged produced malformed text: ${parsedSource.reason}`);
    this.#expected = tagSignatures(parsedSource.nodes);
  }

  restore(translated: string, parsedInline?: ParsedInline): RestoreResult {
    const last = this.#candidate;
    this.#candidate = undefined;
    const parsed = last?.translated === translated ? last.parsed : this.matching(translated);
    if (!parsed.ok) return parsed;
    const sure = last?.translated === translated ? last.sure : surelySurvives(parsed.nodes);
    // `_` cannot open or close emphasis inside a word; if the translation moved it there, `*` can.
    for (const asterisks of [false, true]) {
      const markdownOut = !asterisks && last?.translated === translated ? last.markdown! : rebuild(parsed.nodes, this.#kept, this.#delimiters, asterisks);
      if (sure || readsBackAs(markdownOut, parsed.nodes, parsedInline?.get(markdownOut))) return { ok: true, markdown: markdownOut };
    }
    return { ok: false, reason: 'the markup does not come out as valid Markdown (e.g. emphasis around nothing but spaces)' };
  }

  candidate(translated: string): string | undefined {
    const parsed = this.matching(translated);
    const markdown = parsed.ok ? rebuild(parsed.nodes, this.#kept, this.#delimiters, false) : undefined;
    const sure = parsed.ok && surelySurvives(parsed.nodes);
    // Restoring follows right after, with the same answer: it starts from here.
    this.#candidate = { translated, parsed, markdown, sure };
    return sure ? undefined : markdown;
  }

  private matching(translated: string): { ok: true; nodes: TaggedNode[] } | { ok: false; reason: string } {
    const parsed = parseTagged(translated);
    if (!parsed.ok) return parsed;
    const mismatch = compareTags(this.#expected, tagSignatures(parsed.nodes));
    return mismatch ? { ok: false, reason: mismatch } : parsed;
  }
}

/** The conversion holding its own characters, to be kept while its article's source text may go. */
export function detachedConversion(tagged: TaggedSegment): TaggedSegment {
  return tagged instanceof TaggedMarkdown ? new TaggedMarkdown('', [], tagged) : tagged;
}

/** Inline nodes → tagged text; what is kept aside goes to `kept` (numbered from 1), emphasis delimiters to `delimiters`. */
function renderTagged(nodes: readonly PhrasingContent[], markdown: string, kept: Map<string, KeptAside>, delimiters: Delimiters): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += escapeXmlText(node.value.replace(/\n/g, ' '));
      continue;
    }
    const { start, end } = offsetsOf(node);
    const source = markdown.slice(start, end);
    switch (node.type) {
      case 'emphasis':
        delimiters.em.push(source[0]!);
        out += `<em>${renderTagged(node.children, markdown, kept, delimiters)}</em>`;
        break;
      case 'strong':
        delimiters.strong.push(source.slice(0, 2));
        out += `<strong>${renderTagged(node.children, markdown, kept, delimiters)}</strong>`;
        break;
      case 'delete':
        delimiters.del.push(source.startsWith('~~') ? '~~' : '~');
        out += `<del>${renderTagged(node.children, markdown, kept, delimiters)}</del>`;
        break;
      case 'link':
      case 'linkReference': {
        if (source.startsWith('<')) {
          out += `<x id="${keepAside(kept, source)}"/>`; // autolink: the URL is its text
          break;
        }
        const labelEnd = markdown.indexOf(']', node.children.length > 0 ? offsetsOf(node.children.at(-1)!).end : start + 1);
        const id = keepAside(kept, '[', markdown.slice(labelEnd, end));
        out += `<a id="${id}">${renderTagged(node.children, markdown, kept, delimiters)}</a>`;
        break;
      }
      case 'inlineCode':
        out += `<code id="${keepAside(kept, source)}"/>`;
        break;
      case 'image':
      case 'imageReference':
        out += `<img id="${keepAside(kept, source)}"/>`;
        break;
      case 'break':
        out += `<br id="${keepAside(kept, source)}"/>`;
        break;
      default:
        out += `<x id="${keepAside(kept, source)}"/>`;
    }
  }
  return out;
}

/** Puts markup aside under the next number; returns that number as the tag's id. */
function keepAside(kept: Map<string, KeptAside>, before: string, after = ''): string {
  const id = String(kept.size + 1);
  kept.set(id, { before, after });
  return id;
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

/**
 * The Markdown of many answers parsed in one go, for `restore`: the parser's set-up costs more than a sentence, and
 * restoring parsed each answer's Markdown on its own (a tenth of a first run's CPU). `undefined` entries are skipped.
 */
export function parseRestoredMany(markdowns: ReadonlyArray<string | undefined>): ParsedInline {
  const texts = [...new Set(markdowns.filter((markdown): markdown is string => markdown !== undefined && mayHoldMarkup(markdown)))];
  const nodes = parseInlineMany(texts);
  return new Map(texts.map((markdown, index) => [markdown, nodes[index]!]));
}

/** Whether `markdown`, parsed (`nodes`, when parsed beforehand), gives the tags `intended`. */
export function readsBackAs(markdown: string, intended: readonly TaggedNode[], nodes?: PhrasingContent[]): boolean {
  // Markdown that cannot hold markup reads back as one text node, character for character (`parseInline`).
  if (!mayHoldMarkup(markdown)) return markdown.replace(/\s+/g, '') === shapeOf(intended);
  const reparsed = parseTagged(toTagged(markdown, nodes).text);
  return reparsed.ok && shapeOf(reparsed.nodes) === shapeOf(intended);
}
