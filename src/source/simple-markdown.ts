/**
 * The blocks of an article written the plain way — front matter, then paragraphs, `#` headings and `- ` items of one
 * line each, with a blank line between blocks — found without running micromark over the whole article, which was
 * the largest single part of a first run's CPU (it costs some 0.7 µs per character). Only the blocks that may hold
 * inline markup go through the parser, each alone as the paragraph it is. Anything else — a line that could start or
 * continue some other construct (indentation, `>`, `*`, `+`, `1.`, `[`, `<`, fences, rules, setext lines, tabs,
 * trailing spaces, a hard break) — gives undefined, and the caller parses the whole article as before. A property
 * test holds this to micromark's blocks, positions and sentences.
 */
import type { Yaml } from 'mdast';
import type { Block } from '../core/document.ts';
import { rememberInline } from './block-inline.ts';
import { mayHoldMarkup, parseInlineMany } from './parse-inline.ts';
import { positionAt } from './text-position.ts';

export interface SimpleMarkdown {
  /** The front matter as micromark's yaml node would give it, or undefined when the article has none. */
  yaml: Yaml | undefined;
  blocks: Block[];
}

/** A line that can only be text of a paragraph (or of an item or heading): nothing at its start or end means more. */
const TEXT_LINE = /^[^\s#>\-+*_=`~<|[!\\0-9:](?:.*[^\s\\])?$/;
const HEADING = /^(#{1,6}) ([^\s#](?:.*[^\s#\\])?)$/;

export function readSimpleMarkdown(text: string): SimpleMarkdown | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined;
  let body = 0;
  let yaml: Yaml | undefined;
  if (text.startsWith('---')) {
    const close = text.indexOf('\n---\n', 3);
    const end = close === -1 && text.endsWith('\n---') ? text.length - 4 : close;
    // A fence micromark might take that this does not (`--- `, `----`) inside: the whole article goes to micromark.
    if (!text.startsWith('---\n') || end === -1 || end <= 4 || /(?:^|\n)---/.test(text.slice(4, end))) return undefined;
    const closeEnd = end + 4;
    yaml = {
      type: 'yaml',
      value: text.slice(4, end),
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: positionAt(text, closeEnd).line, column: 4, offset: closeEnd } },
    };
    body = Math.min(closeEnd + 1, text.length);
  }
  const blocks: Block[] = [];
  let lineNumber = positionAt(text, body).line;
  let group: Array<{ line: string; at: number; number: number }> = [];
  const flush = (): boolean => {
    if (group.length === 0) return true;
    const made = groupBlocks(group);
    group = [];
    if (!made) return false;
    blocks.push(...made);
    return true;
  };
  for (let at = body; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end);
    if (line === '') {
      if (!flush()) return undefined;
    } else group.push({ line, at, number: lineNumber });
    lineNumber += 1;
    at = end + 1;
  }
  if (!flush()) return undefined;
  const withMarkup = blocks.filter((block) => mayHoldMarkup(block.text));
  const inline = parseInlineMany(withMarkup.map((block) => block.text));
  withMarkup.forEach((block, i) => rememberInline(block, inline[i]!, 0));
  return { yaml, blocks };
}

/** One heading, one or more `- ` items, or one paragraph; undefined for any other group of lines. */
function groupBlocks(group: ReadonlyArray<{ line: string; number: number }>): Block[] | undefined {
  const first = group[0]!.line;
  const heading = group.length === 1 ? HEADING.exec(first) : null;
  if (heading) return [{ kind: 'heading', text: heading[2]!, line: group[0]!.number, column: heading[1]!.length + 2, depth: heading[1]!.length }];
  if (first.startsWith('- ')) {
    if (!group.every(({ line }) => line.startsWith('- ') && TEXT_LINE.test(line.slice(2)))) return undefined;
    return group.map(({ line, number }) => ({ kind: 'listItem', text: line.slice(2), line: number, column: 3, depth: 1, ordered: false }));
  }
  if (!group.every(({ line }) => TEXT_LINE.test(line))) return undefined;
  return [{ kind: 'paragraph', text: group.map(({ line }) => line).join('\n'), line: group[0]!.number, column: 1 }];
}
