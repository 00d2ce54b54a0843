import type { Document, LineCounter } from 'yaml';
import { InputError, sortDiagnostics } from '../core/diagnostic.ts';
import type { ParsedListFile } from './list-file-format.ts';
import { TranslationReader } from './translation-reader.ts';
import { parseYamlDocument } from './yaml-document.ts';

/** A translation or memory file as read: its model, and the document and text that writes keep the formatting of. */
export interface ParsedStoreFile<M> extends ParsedListFile<M> {
  document: Document;
  lineCounter: LineCounter;
}

/**
 * Parses a translation or memory file with `read` (its schema); every problem, of the YAML or of the schema, goes
 * into one InputError. `keepSourceTokens` links the nodes to the concrete syntax tree for patching.
 */
export function parseListFile<M>(
  text: string,
  path: string,
  keepSourceTokens: boolean,
  read: (reader: TranslationReader, document: Document.Parsed, path: string) => M | undefined,
): ParsedStoreFile<M> {
  const { document, lineCounter, problems } = parseYamlDocument(text, path, { keepSourceTokens });
  const reader = new TranslationReader(path, lineCounter);
  const model = read(reader, document, path);
  const diagnostics = sortDiagnostics([...problems, ...reader.diagnostics]);
  if (diagnostics.length > 0 || model === undefined) throw new InputError(diagnostics);
  return { model, document, lineCounter, text, path };
}
