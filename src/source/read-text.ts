/** A plain-text article: the first non-empty line is the title, every further non-empty line a paragraph. */
import type { Block } from '../core/document.ts';
import type { SourceFormat } from './source-format.ts';

export interface TextContent {
  frontMatter: { title?: string };
  blocks: Block[];
}

export function readText(text: string): TextContent {
  const blocks: Block[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const content = raw.trim();
    if (content === '') return;
    const column = raw.length - raw.trimStart().length + 1;
    blocks.push({ kind: blocks.length === 0 ? 'title' : 'paragraph', text: content, line: index + 1, column });
  });
  const title = blocks[0]?.text;
  return { frontMatter: title === undefined ? {} : { title }, blocks };
}

export const textFormat: SourceFormat = { id: 'text', extensions: ['txt'], read: (_path, text) => readText(text) };
