import { CST, LineCounter, Parser, isAlias, isNode, isScalar, parseAllDocuments, visit, type Document, type YAMLError } from 'yaml';
import { InputError, type Diagnostic } from '../core/diagnostic.ts';
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

const SYNTAX_HINTS: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT: 'Indent this line like the other keys of its segment (spaces, not tabs).',
  TAB_AS_INDENT: 'Replace the tab with spaces.',
  BLOCK_AS_IMPLICIT_KEY: 'Put quotes around a value that contains ": " or starts with a special character.',
  MULTILINE_IMPLICIT_KEY: 'Put quotes around a value that contains ": ", or join the key onto one line.',
  MISSING_CHAR: 'Close the quote or bracket that opens here, at the end of its value.',
  BAD_DQ_ESCAPE: 'Inside "double quotes" write a backslash as \\\\, or use single quotes.',
  UNEXPECTED_TOKEN: 'Put quotes around the value, e.g. target: "…".',
};
const DEFAULT_SYNTAX_HINT = 'Fix the YAML on this line; when a value contains ": ", "#" or starts with a quote, put the whole value in double quotes.';

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
  for (const document of documents) {
    for (const error of [...document.errors, ...document.warnings]) {
      const duplicate = error.code === 'DUPLICATE_KEY';
      const target = duplicate ? problems : fatal;
      const start = error.code === 'MISSING_CHAR' ? unclosedQuoteStart(text, error.pos[0]) : undefined;
      target.push(diagnosticAt(file, lineCounter, start === undefined ? error.pos : [start, start + 1], {
        ruleId: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
        message: duplicate ? 'this key appears twice in the same mapping' : `YAML syntax: ${firstLine(error.message)}`,
        hint: duplicate ? 'Delete one of the two entries (keep the one you mean).' : SYNTAX_HINTS[error.code] ?? DEFAULT_SYNTAX_HINT,
      }));
    }
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

/** yaml reports an unclosed quote where the file ends; the translator needs the line where it opens. */
function unclosedQuoteStart(text: string, offset: number): number | undefined {
  let start: number | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      const value = item.value;
      const quoted = value?.type === 'double-quoted-scalar' || value?.type === 'single-quoted-scalar';
      if (quoted && value.offset <= offset && offset <= value.offset + value.source.length) start = value.offset;
    });
  }
  return start;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!.replace(/\s+at line \d+, column \d+:?$/, '');
}
