import type { Document, Node } from 'yaml';
import { SEGMENT_STATUSES, type TranslationEntry, type TranslationFile } from '../core/translation.ts';
import { folderOf, readLanguage, readMachine, readSuppressions, reportDuplicates } from './entry-fields.ts';
import type { TranslationReader } from './translation-reader.ts';

export const TRANSLATION_KEYS = ['article', 'language', 'source', 'segments'] as const;
export const SEGMENT_KEYS = [
  'id', 'source', 'target', 'status', 'glossary', 'machine', 'previous_source', 'suggestion', 'review', 'note', 'suppress',
] as const;

const FILE_EXAMPLE = 'article: kim-russland / language: en / source: source/kim-russland.md / segments: (a list)';
const SEGMENT_EXAMPLE = '- id: s3f9a2c1d7b / source: … / target: … / status: new';

/** The translation file model, or undefined when something could not be read (then `reader` holds why). */
export function readTranslationFile(reader: TranslationReader, document: Document.Parsed, path: string): TranslationFile | undefined {
  const top = reader.mapping(document.contents, 'the translation file', TRANSLATION_KEYS, FILE_EXAMPLE);
  if (top === undefined) return undefined;
  const what = 'the translation file';
  const article = reader.string(top, 'article', { required: true, nonEmpty: true, what });
  const folder = folderOf(path);
  const language = readLanguage(reader, top, folder, `translations/${folder ?? ''}/`);
  const source = reader.string(top, 'source', { required: true, nonEmpty: true, what });
  if (!top.pairs.has('segments')) {
    reader.report('translation-schema', top.node, 'the translation file has no "segments"', 'Add a line "segments: []" at the end of the file.');
  }
  const list = reader.sequence(top, 'segments', SEGMENT_EXAMPLE);
  const segments: TranslationEntry[] = [];
  const ids: Array<{ key: string; node: Node | undefined }> = [];
  list?.items.forEach((item, index) => {
    const segment = readSegment(reader, item, index);
    if (segment === undefined) return;
    segments.push(segment.entry);
    ids.push({ key: segment.entry.id, node: segment.idNode });
  });
  reportDuplicates(reader, ids, 'segment id',
    'Segment ids must be unique: delete the duplicated segment, or give it back the id it had before.');
  if (article === undefined || language === undefined || source === undefined) return undefined;
  return { article, language, source, segments };
}

function readSegment(reader: TranslationReader, node: unknown, index: number): { entry: TranslationEntry; idNode: Node | undefined } | undefined {
  const map = reader.mapping(node, `segment ${index + 1}`, SEGMENT_KEYS, SEGMENT_EXAMPLE);
  if (map === undefined) return undefined;
  const id = reader.string(map, 'id', { required: true, nonEmpty: true, what: `segment ${index + 1}` });
  const what = id === undefined ? `segment ${index + 1}` : `segment ${id}`;
  const source = reader.string(map, 'source', { required: true, nonEmpty: true, what });
  const target = reader.string(map, 'target', { what }) ?? '';
  const status = reader.oneOf(map, 'status', SEGMENT_STATUSES, what);
  const glossary = reader.stringList(map, 'glossary', 'glossary: [kim-jong-un, vladimir-putin]');
  const machine = readMachine(reader, map, what);
  const previousSource = reader.string(map, 'previous_source', { what });
  const suggestion = reader.string(map, 'suggestion', { what });
  const review = reader.string(map, 'review', { what });
  const note = reader.string(map, 'note', { what });
  const suppress = readSuppressions(reader, map, what);
  if (id === undefined || source === undefined || status === undefined) return undefined;
  const entry: TranslationEntry = { id, source, target, status };
  if (glossary !== undefined) entry.glossary = glossary;
  if (machine !== undefined) entry.machine = machine;
  if (previousSource !== undefined) entry.previousSource = previousSource;
  if (suggestion !== undefined) entry.suggestion = suggestion;
  if (review !== undefined) entry.review = review;
  if (note !== undefined) entry.note = note;
  if (suppress !== undefined) entry.suppress = suppress;
  return { entry, idNode: map.pairs.get('id')?.value as Node | undefined };
}
