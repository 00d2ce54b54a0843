/** A Markdown article → front matter and translatable blocks, each holding its inline Markdown as written. */
import type { Heading, Paragraph, RootContent, Yaml } from 'mdast';
import { isAlias, isMap, isNode, isScalar, parseDocument, Scalar, visit, type Node } from 'yaml';
import type { Block } from '../core/document.ts';
import type { SourceFormat } from './source-format.ts';
import { InputError } from '../core/diagnostic.ts';
import { offsetsOf } from './parse-inline.ts';
import { markdownParser } from './markdown-parser.ts';
import { positionAt } from './text-position.ts';
import { rememberInline } from './block-inline.ts';
import { readSimpleFrontMatter } from './simple-front-matter.ts';
import { readSimpleMarkdown } from './simple-markdown.ts';

export interface MarkdownContent {
  frontMatter: Record<string, unknown>;
  blocks: Block[];
}

interface Context {
  /** Nesting depth of the enclosing list (0 outside lists). */
  listDepth: number;
  ordered: boolean;
  quoteDepth: number;
}

export function readMarkdown(path: string, text: string): MarkdownContent {
  const simple = readSimpleMarkdown(text);
  if (simple) {
    const { frontMatter, titleBlock } = simple.yaml ? readFrontMatter(path, text, simple.yaml) : { frontMatter: {}, titleBlock: undefined };
    return { frontMatter, blocks: titleBlock ? [titleBlock, ...simple.blocks] : simple.blocks };
  }
  return readWithMicromark(path, text);
}

/** The whole article through micromark: the reference `readSimpleMarkdown` is held to, and the way for any other article. */
export function readWithMicromark(path: string, text: string): MarkdownContent {
  const { fromMarkdown, frontmatter, frontmatterFromMarkdown } = markdownParser();
  const root = fromMarkdown(text, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const yamlNode = root.children.find((node): node is Yaml => node.type === 'yaml');
  const { frontMatter, titleBlock } = yamlNode
    ? readFrontMatter(path, text, yamlNode)
    : { frontMatter: {}, titleBlock: undefined };

  const blocks: Block[] = titleBlock ? [titleBlock] : [];
  const collect = (nodes: RootContent[], context: Context): void => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        const block = inlineBlock(text, node, context, 'heading');
        if (block) blocks.push(remember({ ...block, depth: node.depth }, node));
      } else if (node.type === 'paragraph') {
        const block = inlineBlock(text, node, context, context.listDepth > 0 ? 'listItem' : 'paragraph');
        if (block && context.listDepth > 0) blocks.push(remember({ ...block, depth: context.listDepth, ordered: context.ordered }, node));
        else if (block) blocks.push(remember(block, node));
      } else if (node.type === 'blockquote') {
        collect(node.children, { ...context, quoteDepth: context.quoteDepth + 1 });
      } else if (node.type === 'list') {
        const inner = { ...context, listDepth: context.listDepth + 1, ordered: node.ordered === true };
        for (const item of node.children) collect(item.children, inner);
      }
      // code, html, thematic breaks, definitions and front matter are not translated.
    }
  };
  collect(root.children, { listDepth: 0, ordered: false, quoteDepth: 0 });
  return { frontMatter, blocks };
}

/** Keeps the parse of the block's inline content for segmenting (offsets made relative to the block text). */
function remember(block: Block, node: Heading | Paragraph): Block {
  return rememberInline(block, node.children, offsetsOf(node.children[0]!).start);
}

function inlineBlock(
  text: string,
  node: Heading | Paragraph,
  context: Context,
  kind: Block['kind'],
): Block | undefined {
  const first = node.children[0];
  const last = node.children.at(-1);
  if (!first || !last) return undefined;
  const start = offsetsOf(first).start;
  const slice = text.slice(start, offsetsOf(last).end);
  const { line, column } = positionAt(text, start);
  return { kind, text: context.quoteDepth > 0 ? blankQuoteMarkers(slice, context.quoteDepth) : slice, line, column };
}

/**
 * Inside a blockquote, the lines after the first carry `>` markers that are not part of the text.
 * They become spaces: the text then parses as the same inline Markdown on its own, and every offset
 * still matches the file, so segment positions stay right.
 */
function blankQuoteMarkers(slice: string, quoteDepth: number): string {
  const chars = [...slice];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '\n') continue;
    let k = i + 1;
    for (let markers = 0; k < chars.length; k++) {
      if (chars[k] === '>' && markers < quoteDepth) {
        chars[k] = ' ';
        markers += 1;
      } else if (chars[k] !== ' ' && chars[k] !== '\t') break;
    }
    i = k - 1;
  }
  return chars.join('');
}

function readFrontMatter(
  path: string,
  text: string,
  node: Yaml,
): { frontMatter: Record<string, unknown>; titleBlock: Block | undefined } {
  const valueStart = text.indexOf('\n', offsetsOf(node).start) + 1;
  const fail = (offset: number, message: string, hint: string): never => {
    const { line, column } = positionAt(text, valueStart + offset);
    throw new InputError([{ ruleId: 'front-matter', severity: 'error', message, file: path, line, column, hint }]);
  };

  const simple = readSimpleFrontMatter(node.value);
  // A blank title is refused below, where the position of its quotes is known.
  if (simple !== undefined && simple.values.title?.trim() !== '') {
    const title = simple.values.title;
    if (title === undefined) return { frontMatter: simple.values, titleBlock: undefined };
    const { line, column } = positionAt(text, valueStart + simple.offsets.title!);
    return { frontMatter: simple.values, titleBlock: { kind: 'title', text: title, line, column } };
  }

  const doc = parseDocument(node.value, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    fail(error.pos[0], `front matter is not valid YAML: ${error.message}`, 'Fix the YAML between the `---` lines (key: value, one per line; quote values that contain `: `).');
  }
  rejectUnsafeYaml(doc, fail);
  if (doc.contents === null) return { frontMatter: {}, titleBlock: undefined };
  if (!isMap(doc.contents)) {
    fail(doc.contents.range?.[0] ?? 0, 'front matter must be a mapping of keys to values', 'Write it as `key: value` lines, e.g. `title: Kim Jong-un sichert Russland Unterstützung zu`.');
  }
  const frontMatter = doc.toJS() as Record<string, unknown>;

  const title = doc.get('title', true);
  if (title === undefined) return { frontMatter, titleBlock: undefined };
  if (!isScalar(title) || typeof title.value !== 'string' || title.value.trim() === '' || /[\n\r]/.test(title.value)) {
    fail(
      isNode(title) ? (title.range?.[0] ?? 0) : 0,
      'front-matter `title` must be one line of text',
      TITLE_HINT,
    );
  }
  const scalar = title as Scalar<string>;
  const quoted = scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE;
  const { line, column } = positionAt(text, valueStart + (scalar.range?.[0] ?? 0) + (quoted ? 1 : 0));
  return { frontMatter, titleBlock: { kind: 'title', text: scalar.value, line, column } };
}

const TITLE_HINT = 'Write the headline on one line after `title: `, in quotes if it contains `: ` or starts with a special character.';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Aliases could expand into gigabytes when the front matter is turned into an object (a "billion laughs"), and
 * `__proto__`-like keys could change what every object looks like; front matter spells out plain values.
 */
function rejectUnsafeYaml(doc: ReturnType<typeof parseDocument>, fail: (offset: number, message: string, hint: string) => never): void {
  visit(doc, (key, node) => {
    if (!isNode(node)) return;
    const offset = (node as Node).range?.[0] ?? 0;
    if (isAlias(node)) fail(offset, `front matter uses the alias *${node.source}; aliases are not allowed`, 'Write the value out in full instead of the *alias.');
    if (node.anchor !== undefined) fail(offset, `front matter defines the anchor &${node.anchor}; anchors are not allowed`, `Remove \`&${node.anchor}\` and write values out in full.`);
    if (isScalar(node) && typeof node.value === 'string' && FORBIDDEN_KEYS.has(node.value) && key === 'key') {
      fail(offset, `front matter has the key "${node.value}", which is never allowed`, `Remove the line with "${node.value}".`);
    }
  });
}

export const markdownFormat: SourceFormat = { id: 'markdown', extensions: ['md', 'markdown'], read: readMarkdown };
