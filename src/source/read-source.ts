/** A decoded source file → SourceDocument, by its extension. */
import { posix } from 'node:path';
import type { SourceDocument } from '../core/document.ts';
import { InputError } from '../core/diagnostic.ts';
import { SOURCE_FORMATS } from './registry.ts';
import { slugOf } from '../workspace/layout.ts';

/**
 * Longest block (paragraph, heading, list item) accepted. Far longer than any real paragraph, and short enough that
 * a sentence of it, and its translation, stays within what a translation file accepts (MAX_SCALAR_CHARS in store/).
 */
export const MAX_BLOCK_CHARS = 20_000;

/** `path` is relative to the repository root; `text` comes from decodeSource. */
/** `slug`: the workspace's, when the source folder is not source/ (workspace/layout.ts slugOf with the project's layout). */
export function readSource(path: string, text: string, slug?: string): SourceDocument {
  const document = readByFormat(path, text, slug);
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

function readByFormat(path: string, text: string, given?: string): SourceDocument {
  const normalisedPath = path.replace(/\\/g, '/');
  // The same slug the workspace gives the file: its path below source/, so source/2025/a.md and source/2026/a.md differ.
  const slug = given ?? slugOf(normalisedPath);
  const format = SOURCE_FORMATS.byFileName(normalisedPath);
  if (format) return { slug, path: normalisedPath, format: format.id, ...format.read(normalisedPath, text) };
  const extension = posix.extname(normalisedPath).toLowerCase();
  throw new InputError([
    {
      ruleId: 'source-format',
      severity: 'error',
      message: `unknown source format ${extension === '' ? '(no extension)' : `"${extension}"`}`,
      file: normalisedPath,
      hint: `Save the article as ${SOURCE_FORMATS.extensions().join(', ')} (e.g. .md: Markdown with front matter; .txt: title on the first line, one paragraph per line).`,
    },
  ]);
}
