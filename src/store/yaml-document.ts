import { LineCounter, isAlias, isNode, isScalar, parseAllDocuments, visit, type Document } from 'yaml';
import { InputError, type Diagnostic } from '../core/diagnostic.ts';
import { syntaxDiagnostic } from '../yaml-input/syntax-diagnosis.ts';
import { diagnosticAt } from './yaml-position.ts';

/** Larger files are refused before parsing: nobody edits a 20 MB translation file by hand. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** One value longer than this is a paste accident, not a sentence. */
export const MAX_SCALAR_CHARS = 100_000;

export interface YamlDocument {
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** Problems that do not stop the schema check (duplicate keys, aliases, huge values). */
  problems: Diagnostic[];
}

/**
 * Parses one YAML document with positions. Throws InputError for problems that make the
 * content meaningless (too large, empty, syntax errors, several documents).
 */
export function parseYamlDocument(text: string, file: string, options: { keepSourceTokens?: boolean } = {}): YamlDocument {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    throw new InputError([{
      ruleId: 'input-too-large', severity: 'error', file,
      message: `file is ${(bytes / 1024 / 1024).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 1024 / 1024} MB is accepted`,
      hint: 'Split the article, or remove the pasted content that made the file this large.',
    }]);
  }
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, {
    lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: options.keepSourceTokens ?? false,
  });
  const documents = Array.isArray(parsed) ? parsed : [];
  const fatal: Diagnostic[] = [];
  const problems: Diagnostic[] = [];
  const errors = documents.flatMap((document) => [...document.errors, ...document.warnings]);
  const syntax = syntaxDiagnostic(text, errors.filter((error) => error.code !== 'DUPLICATE_KEY'), file, lineCounter);
  if (syntax !== undefined) fatal.push(syntax);
  for (const error of errors.filter((e) => e.code === 'DUPLICATE_KEY')) {
    problems.push(diagnosticAt(file, lineCounter, error.pos, {
      ruleId: 'yaml-duplicate-key', message: 'this key appears twice in the same mapping',
      hint: 'Delete one of the two entries (keep the one you mean).',
    }));
  }
  if (documents.length > 1) {
    const second = documents[1]!;
    fatal.push(diagnosticAt(file, lineCounter, [second.range[0], second.range[0]], {
      ruleId: 'yaml-syntax', message: `expected one YAML document, found ${documents.length}`,
      hint: 'Remove the "---" line and merge the documents into one.',
    }));
  }
  const document = documents[0];
  if (document === undefined || document.contents === null) {
    fatal.push({
      ruleId: 'translation-schema', severity: 'error', file,
      message: 'expected a mapping with the file\'s keys, found an empty file',
      hint: 'Restore the file from version control, or delete it and run `npm run translate` to recreate it.',
    });
  }
  if (fatal.length > 0 || document === undefined) throw new InputError(fatal);
  for (const problem of findAliasesAndHugeScalars(document, file, lineCounter)) problems.push(problem);
  return { document, lineCounter, problems };
}

function findAliasesAndHugeScalars(document: Document.Parsed, file: string, lineCounter: LineCounter): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(document, (_key, node) => {
    if (!isNode(node)) return;
    const range = node.range ?? [0, 0, 0];
    if (isAlias(node)) {
      found.push(diagnosticAt(file, lineCounter, range, {
        ruleId: 'yaml-alias', message: `found the alias *${node.source}; anchors and aliases are not allowed here`,
        hint: 'Replace the *alias with the value written out in full.',
      }));
      return;
    }
    if (node.anchor !== undefined) {
      found.push(diagnosticAt(file, lineCounter, range, {
        ruleId: 'yaml-alias', message: `found the anchor &${node.anchor}; anchors and aliases are not allowed here`,
        hint: 'Remove the &anchor and write the value out in full.',
      }));
    }
    if (isScalar(node) && typeof node.value === 'string' && node.value.length > MAX_SCALAR_CHARS) {
      found.push(diagnosticAt(file, lineCounter, range, {
        ruleId: 'input-too-large',
        message: `this value has ${node.value.length} characters; at most ${MAX_SCALAR_CHARS} are accepted`,
        hint: 'A segment is one sentence: remove the pasted text.',
      }));
    }
  });
  return found;
}
