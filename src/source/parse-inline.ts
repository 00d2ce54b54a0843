/** Inline Markdown (one block's or one segment's text) → mdast phrasing nodes with offsets into that text. */
import { markdownParser } from './markdown-parser.ts';
import type { Nodes, Paragraph, PhrasingContent } from 'mdast';

/**
 * A text cut out of a block may begin with what would open a block on its own (`3. Oktober …` is an ordered
 * list, `# 1` a heading). Parsing it behind a no-break space keeps it a paragraph: the no-break space is
 * not Markdown indentation, yet counts as whitespace for emphasis flanking, exactly like a line start.
 */
const SHIELD = '\u00a0';

/**
 * What can start inline markup (`!` only before `[`, `&` only as the start of a character reference), or
 * whitespace the paragraph parser would trim or break on.
 */
const MAY_HOLD_MARKUP = /[\\`*_[\]<\n\r]|!\[|&[#A-Za-z]/;
const SPACE = /\s/;

/** False when `markdown` is certainly one plain text node, character for character (most sentences are). */
export function mayHoldMarkup(markdown: string): boolean {
  // The ends apart: `^\s|\s$` in the same pattern was tried at every position of every sentence.
  return MAY_HOLD_MARKUP.test(markdown) || (markdown !== '' && (SPACE.test(markdown[0]!) || SPACE.test(markdown[markdown.length - 1]!)));
}

export function parseInline(markdown: string): PhrasingContent[] {
  // Most sentences hold no markup at all: they parse to one text node, and micromark is the costly part of a run.
  if (!mayHoldMarkup(markdown)) return markdown === '' ? [] : [plainText(markdown)];
  return parseWithMicromark(markdown);
}

/** The full parse; exported for the test that proves the shortcut above gives the same nodes. */
export function parseWithMicromark(markdown: string): PhrasingContent[] {
  const root = markdownParser().fromMarkdown(SHIELD + markdown);
  const [first, ...rest] = root.children;
  if (first?.type !== 'paragraph' || rest.length > 0) {
    throw new Error(`inline Markdown did not parse as one paragraph: ${JSON.stringify(markdown)}`);
  }
  return unshielded(first, 0);
}

/**
 * Several inline texts at once, each as `parseInline` would give it (offsets count from the start of each text;
 * lines and columns may differ). The parser's set-up costs more than parsing a sentence, so the texts that need
 * the parser go through it together, one paragraph each; if they do not come out one paragraph each, one by one.
 */
export function parseInlineMany(markdowns: readonly string[]): PhrasingContent[][] {
  const results = markdowns.map((markdown) => (mayHoldMarkup(markdown) ? undefined : markdown === '' ? [] : [plainText(markdown)]));
  const parsed = markdowns.flatMap((_, index) => (results[index] === undefined ? [index] : []));
  if (parsed.length <= 1) return markdowns.map((markdown, index) => results[index] ?? parseWithMicromark(markdown));
  const starts: number[] = [];
  let joined = '';
  for (const index of parsed) {
    if (joined !== '') joined += '\n\n';
    starts.push(joined.length);
    joined += SHIELD + markdowns[index]!;
  }
  const paragraphs = markdownParser().fromMarkdown(joined).children;
  const oneEach = paragraphs.length === parsed.length && paragraphs.every((node, k) => node.type === 'paragraph' && offsetsOf(node).start === starts[k]);
  parsed.forEach((index, k) => {
    const paragraph = paragraphs[k];
    results[index] = oneEach && paragraph?.type === 'paragraph' ? unshielded(paragraph, starts[k]!) : parseWithMicromark(markdowns[index]!);
  });
  return results as PhrasingContent[][];
}

/** A paragraph parsed from SHIELD + text at `start`: its children with offsets into the text, the shield dropped. */
function unshielded(paragraph: Paragraph, start: number): PhrasingContent[] {
  shiftOffsets(paragraph, -(start + SHIELD.length));
  // The shield itself is the first character of the first text node.
  const head = paragraph.children[0];
  if (head?.type === 'text' && head.value.startsWith(SHIELD)) {
    head.value = head.value.slice(SHIELD.length);
    if (head.position) head.position.start.offset = 0;
    if (head.value === '') paragraph.children.shift();
  }
  return paragraph.children;
}

function plainText(value: string): PhrasingContent {
  return {
    type: 'text',
    value,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: value.length + 1, offset: value.length } },
  };
}

/** Start and end offsets of a node; every node the parser makes has them. */
export function offsetsOf(node: Nodes): { start: number; end: number } {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`node without offsets: ${node.type}`);
  return { start, end };
}

function shiftOffsets(node: Nodes, delta: number): void {
  const position = node.position;
  if (position?.start.offset !== undefined) position.start.offset += delta;
  if (position?.end.offset !== undefined) position.end.offset += delta;
  if ('children' in node) for (const child of node.children) shiftOffsets(child, delta);
}
