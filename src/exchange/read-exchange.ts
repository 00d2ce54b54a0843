/** An exchange file (XLIFF 1.2, XLIFF 2.x, TMX 1.4, or any registered format) → the translations it carries, whatever tool wrote it. */
import { InputError } from '../core/diagnostic.ts';
import type { ImportUnit } from './exchange-format.ts';
import { EXCHANGE_FORMATS } from './registry.ts';
import { readXml, XmlError, type XmlElement } from './xml-read.ts';

export type { ImportUnit } from './exchange-format.ts';

export interface ImportDocument {
  /** Id of the format that read it. */
  format: string;
  units: ImportUnit[];
}

export function readExchange(text: string, path: string): ImportDocument {
  let root: XmlElement;
  try {
    root = readXml(text);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    throw problem(path, error.line, error.column, `not well-formed XML: ${error.message}`, 'Export the file again from the CAT tool, or fix the XML at this place.');
  }
  const format = EXCHANGE_FORMATS.all().find((candidate) => candidate.read && candidate.detect?.(root));
  if (format) return { format: format.id, units: format.read!(root) };
  const readable = EXCHANGE_FORMATS.all().filter((candidate) => candidate.read).map((candidate) => candidate.id);
  const { namespace } = root;
  throw problem(path, root.line, root.column,
    `<${root.name}${namespace ? ` xmlns="${namespace}"` : ''} version="${root.attributes.version ?? ''}"> is neither XLIFF 1.2, XLIFF 2.x nor TMX (nor any of ${readable.join(', ')})`,
    'Import a file written by `dolmetsch export` (XLIFF 1.2, XLIFF 2.1 or TMX 1.4) after working on it.');
}

function problem(file: string, line: number, column: number, message: string, hint: string): InputError {
  return new InputError([{ ruleId: 'exchange-format', severity: 'error', file, line, column, message, hint }]);
}
