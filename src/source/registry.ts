/** The source formats: the only file that names them all. A new one is a file exporting a SourceFormat and a line here. */
import { FormatRegistry } from '../core/format-registry.ts';
import { markdownFormat } from './read-markdown.ts';
import { textFormat } from './read-text.ts';
import type { SourceFormat } from './source-format.ts';

export const SOURCE_FORMATS = new FormatRegistry<SourceFormat>([
  markdownFormat,
  textFormat,
]);
