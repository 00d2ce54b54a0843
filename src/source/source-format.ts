/** What a source format is: file endings and a reader from decoded text to front matter and blocks. */
import type { Block } from '../core/document.ts';
import type { Format } from '../core/format-registry.ts';

export interface SourceContent {
  /** Front matter, or `{ title }` for formats without it. */
  frontMatter: Record<string, unknown>;
  blocks: Block[];
}

export interface SourceFormat extends Format {
  /** `path` is repo-relative, for diagnostics; `text` is decoded (UTF-8, NFC). Bad input throws InputError. */
  read(path: string, text: string): SourceContent;
}
