/** A decoded source file → SourceDocument, by its extension. */
import { posix } from 'node:path';
import type { SourceDocument } from '../core/document.ts';
import { InputError } from '../core/diagnostic.ts';
import { readMarkdown } from './read-markdown.ts';
import { readText } from './read-text.ts';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
const TEXT_EXTENSIONS = new Set(['.txt']);

/** `path` is relative to the repository root; `text` comes from decodeSource. */
export function readSource(path: string, text: string): SourceDocument {
  const normalisedPath = path.replace(/\\/g, '/');
  const extension = posix.extname(normalisedPath).toLowerCase();
  const slug = posix.basename(normalisedPath, posix.extname(normalisedPath));
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
