/**
 * glossary.yaml → Glossary. Every problem in the file becomes a diagnostic with file:line:col and the whole
 * list is thrown as one InputError; examples that misbehave are findings on the loaded glossary instead.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { InputError, type Diagnostic } from '../core/diagnostic.ts';
import { syntaxDiagnostic } from '../yaml-input/syntax-diagnosis.ts';
import { checkExamples } from './examples.ts';
import { buildMatchers, createGlossary, type EntryLocator } from './glossary.ts';
import { readEntry, type EntryDraft } from './read-entry.ts';
import type { Glossary } from './types.ts';
import { checkAcrossEntries } from './validate-terms.ts';
import { GlossaryReader } from './glossary-reader.ts';

export const TOP_KEYS = ['version', 'entries'] as const;
/** A term or a note longer than this is a paste accident; it would slow every match and every prompt. */
export const MAX_GLOSSARY_VALUE_CHARS = 10_000;

export function loadGlossary(text: string, path: string): Glossary {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const reader = new GlossaryReader(path, lineCounter);
  const errors = [...doc.errors, ...doc.warnings];
  const syntax = syntaxDiagnostic(text, errors.filter((e) => e.code !== 'DUPLICATE_KEY'), path, lineCounter);
  if (syntax !== undefined) reader.diagnostics.push(syntax);
  for (const problem of errors.filter((e) => e.code === 'DUPLICATE_KEY')) {
    reader.reportAt(problem.pos[0], 'yaml-duplicate-key', 'this key appears twice in the same mapping',
      'delete one of the two (keep the one you mean)');
  }
  if (reader.diagnostics.length === 0) rejectAnchors(doc, reader);
  if (reader.diagnostics.length > 0) throw new InputError(sorted(reader.diagnostics));

  const top = reader.map(doc.contents as Node | null, 'the glossary', TOP_KEYS, 0,
    'start the file with `version: 1` and `entries:` followed by the list of entries');
  const drafts: EntryDraft[] = [];
  let entriesNode: Node | null = null;
  if (top) {
    const version = top.get('version');
    if (!version) {
      reader.reportAt(0, 'glossary-missing-key', 'the glossary has no `version`', 'add `version: 1` as the first line');
    } else if (!isScalar(version.value) || version.value.value !== 1) {
      reader.report(version.value, version.key.range![0], 'glossary-invalid-value',
        `version must be 1; found ${isScalar(version.value) ? String(version.value.value) : 'a structure'}`,
        'write `version: 1` (the only format this version of dolmetsch reads)');
    }
    const entries = top.get('entries');
    entriesNode = entries?.value ?? null;
    if (!entries) {
      reader.reportAt(0, 'glossary-missing-key', 'the glossary has no `entries`', 'add `entries:` with a list of entries (it may be `[]`)');
    } else if (!isSeq(entries.value)) {
      reader.report(entries.value, entries.key.range![0], 'glossary-invalid-value', 'entries must be a list',
        'start each entry with `- id: …`');
    } else {
      for (const item of entries.value.items as (Node | null)[]) {
        const draft = readEntry(reader, item, entries.value.range![0]);
        if (draft) drafts.push(draft);
      }
    }
  }
  checkAcrossEntries(reader, drafts);
  if (reader.diagnostics.length > 0) throw new InputError(sorted(reader.diagnostics));

  const entries = drafts.map((d) => d.entry);
  const matchers = buildMatchers(entries);
  return createGlossary({
    path,
    entries,
    matchers,
    exampleFailures: checkExamples(drafts, matchers, path, (offset) => reader.position(offset)),
    locate: locator(entriesNode, reader),
  });
}

/** The glossary to use when the repository has no glossary.yaml. */
export function emptyGlossary(path = 'glossary.yaml'): Glossary {
  return createGlossary({ path, entries: [] });
}

function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Anchors and aliases would let one edit change many entries unseen; a glossary spells everything out.
 * Huge values are refused here too, before any of them reaches a matcher.
 */
function rejectAnchors(doc: ReturnType<typeof parseDocument>, reader: GlossaryReader): void {
  visit(doc, {

    Alias(_, node) {
      reader.report(node, 0, 'glossary-yaml-alias', `aliases are not allowed in the glossary; found *${node.source}`,
        'write the value out in full');
    },
    Node(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && node.value.length > MAX_GLOSSARY_VALUE_CHARS) {
        reader.report(node, 0, 'glossary-invalid-value',
          `this value has ${node.value.length} characters; at most ${MAX_GLOSSARY_VALUE_CHARS} are accepted in the glossary`,
          'shorten it: a term is a few words, a note a few sentences');
      }
      if (!isAlias(node) && node.anchor) {
        reader.report(node, 0, 'glossary-yaml-alias', `anchors are not allowed in the glossary; found &${node.anchor}`,
          `remove \`&${node.anchor}\``);
      }
    },
  });
}

function locator(entriesNode: Node | null, reader: GlossaryReader): EntryLocator {
  return (index, path) => {
    let node: Node | null | undefined = isSeq(entriesNode) ? (entriesNode.items[index] as Node) : undefined;
    let offset = node?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        const value = pair.value as Node | null;
        offset = (isScalar(value) ? value.range?.[0] : (pair.key as Node).range?.[0]) ?? offset;
        node = value;
      } else if (isSeq(node)) {
        const item = node.items[Number(key)] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return reader.position(offset);
  };
}
