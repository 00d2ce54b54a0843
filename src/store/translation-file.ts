import { isMap, isNode, isScalar, isSeq, type Node } from 'yaml';
import type { TranslationEntry, TranslationFile } from '../core/translation.ts';
import { machineField, suppressField } from './entry-fields.ts';
import { compactFields, type ListFileFormat } from './list-file-format.ts';
import { serializeOverExisting } from './list-file-patch.ts';
import { renderNewFile } from './list-file-render.ts';
import { readTranslationFile, SEGMENT_KEYS } from './translation-schema.ts';
import { parseListFile, type ParsedStoreFile } from './parse-list-file.ts';
import { readCanonicalTranslation } from './canonical-translation.ts';
import { spanOf, type SourceSpan } from './yaml-position.ts';

/** translations/<lang>/<slug>.yaml: parse ⇄ serialize, keeping a translator's formatting and comments. */

export type ParsedTranslationFile = ParsedStoreFile<TranslationFile>;

export function parseTranslationFile(text: string, path: string): ParsedTranslationFile {
  return parseWithTokens(text, path, false);
}

/**
 * The same as parseTranslationFile, the model first: a file in dolmetsch's own layout is read line by line
 * (canonical-translation.ts) and its yaml document (positions, patching) parsed only when first asked for; any other
 * file is parsed with yaml at once, with its diagnostics.
 */
export function parseTranslationModel(text: string, path: string): ParsedTranslationFile {
  const model = readCanonicalTranslation(text, path);
  return model === undefined ? parseWithTokens(text, path, false) : withLazyDocument(model, text, path);
}

/** A model read line by line, with the yaml document (and its line counter) `parse` makes only when first asked for. */
export function withLazyDocument(model: TranslationFile, text: string, path: string, parse: typeof parseTranslationFile = parseTranslationFile): ParsedTranslationFile {
  let parsed: ParsedTranslationFile | undefined;
  const full = () => (parsed ??= parse(text, path));
  return {
    model, text, path,
    get document() {
      return full().document;
    },
    get lineCounter() {
      return full().lineCounter;
    },
  };
}

function parseWithTokens(text: string, path: string, keepSourceTokens: boolean): ParsedTranslationFile {
  return parseListFile(text, path, keepSourceTokens, readTranslationFile);
}

/** A segment field's key in the file: the model's `previousSource` is written `previous_source`. */
export function yamlKey(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Where segment `segmentIndex` (0-based, file order) is, or the value of one of its fields
 * (`target`, `previousSource` or `previous_source`, …); the segment itself when the field is absent.
 */
export function locate(parsed: ParsedTranslationFile, segmentIndex: number, field?: string): SourceSpan {
  const root = parsed.document.contents;
  const segments = isMap(root) ? root.get('segments', true) : undefined;
  const segment = isSeq(segments) ? segments.items[segmentIndex] : undefined;
  if (!isMap(segment)) throw new RangeError(`${parsed.path} has no segment ${segmentIndex}`);
  let node: Node = segment;
  if (field !== undefined) {
    const key = yamlKey(field);
    const pair = segment.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (isNode(pair?.value)) node = pair.value;
    else if (isNode(pair?.key)) node = pair.key;
  }
  return spanOf(parsed.lineCounter, node.range ?? [0, 0]);
}

/**
 * A new file in the documented layout, or `existing` edited where the model differs from it. `continues` maps a
 * segment's id to its id in `existing` where the German (and so the id) changed, so the entry keeps its comments.
 */
export function serializeTranslationFile(
  model: TranslationFile,
  existing?: ParsedTranslationFile,
  continues?: ReadonlyMap<string, string>,
): string {
  return existing === undefined
    ? renderNewFile(TRANSLATION_FORMAT, model)
    : serializeOverExisting(TRANSLATION_FORMAT, model, existing, continues);
}

export const TRANSLATION_FORMAT: ListFileFormat<TranslationFile, TranslationEntry> = {
  header: [
    'dolmetsch translation file — edit `target`; set `status: reviewed` when a segment is done.',
    "Statuses: new · machine · edited · reviewed · stale (the German changed after a person's edit; see previous_source/suggestion).",
  ],
  listKey: 'segments',
  entryKeyOrder: SEGMENT_KEYS,
  frameFields: (file) => [['article', file.article], ['language', file.language], ['source', file.source]],
  entries: (file) => file.segments,
  entryKey: (entry) => entry.id,
  entryFields: (e) => compactFields([
    ['id', e.id], ['source', e.source], ['target', e.target], ['status', e.status],
    ['glossary', e.glossary], ['machine', machineField(e.machine)],
    ['previous_source', e.previousSource], ['suggestion', e.suggestion], ['review', e.review], ['note', e.note],
    ['suppress', suppressField(e.suppress)],
  ]),
  parse: parseWithTokens,
  readModel: readCanonicalTranslation,
};
