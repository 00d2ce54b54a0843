/** A decoded source file → SourceDocument, by its extension. */
import { posix } from 'node:path';
import type { SourceDocument } from '../core/document.ts';
import { InputError } from '../core/diagnostic.ts';
import { readMarkdown } from './read-markdown.ts';
import { readText } from './read-text.ts';
import { slugOf } from '../workspace/layout.ts';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
const TEXT_EXTENSIONS = new Set(['.txt']);

/**
 * Longest block (paragraph, heading, list item) accepted. Far longer than any real paragraph, and short enough that
 * a sentence of it, and its translation, stays within what a translation file accepts (MAX_SCALAR_CHARS in store/).
 */
export const MAX_BLOCK_CHARS = 20_000;

/** `path` is relative to the repository root; `text` comes from decodeSource. */
export function readSource(path: string, text: string): SourceDocument {
  const document = readByFormat(path, text);
  const huge = document.blocks.find((block) => block.text.length > MAX_BLOCK_CHARS);
  if (huge) {
    throw new InputError([
      {
        ruleId: 'source-too-large',
        severity: 'error',
        message: `this ${huge.kind === 'listItem' ? 'list item' : huge.kind} has ${huge.text.length} characters; at most ${MAX_BLOCK_CHARS} are accepted`,
        file: document.path,
        line: huge.line,
        column: huge.column,
        hint: 'Break it into paragraphs (an empty line between them), or remove the pasted data.',
      },
    ]);
  }
  return document;
}

function readByFormat(path: string, text: string): SourceDocument {
  const normalisedPath = path.replace(/\\/g, '/');
  const extension = posix.extname(normalisedPath).toLowerCase();
  // The same slug the workspace gives the file: its path below source/, so source/2025/a.md and source/2026/a.md differ.
  const slug = slugOf(normalisedPath);
  if (MARKDOWN_EXTENSIONS.has(extension)) {
    return { slug, path: normalisedPath, format: 'markdown', ...readMarkdown(normalisedPath, text) };
  }
  if (TEXT_EXTENSIONS.has(extension)) {
    return { slug, path: normalisedPath, format: 'text', ...readText(text) };
  }
  throw new InputError([
    {
      ruleId: 'source-format',
      severity: 'error',
      message: `unknown source format ${extension === '' ? '(no extension)' : `"${extension}"`}`,
      file: normalisedPath,
      hint: 'Save the article as .md (Markdown with front matter) or .txt (title on the first line, one paragraph per line).',
    },
  ]);
}
