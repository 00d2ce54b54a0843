import type { Document, Node } from 'yaml';
import type { MemoryEntry, MemoryFile } from '../core/translation.ts';
import { machineField, readLanguage, readMachine, reportDuplicates } from './entry-fields.ts';
import { compactFields, type ListFileFormat } from './list-file-format.ts';
import { serializeOverExisting } from './list-file-patch.ts';
import { renderNewFile } from './list-file-render.ts';
import { parseListFile, type ParsedStoreFile } from './parse-list-file.ts';
import type { TranslationReader } from './translation-reader.ts';

/** translations/memory/<lang>.yaml: translations kept after their segment left every article, keyed by the German. */

export type ParsedMemoryFile = ParsedStoreFile<MemoryFile>;

export const MEMORY_KEYS = ['language', 'entries'] as const;
export const ENTRY_KEYS = ['source', 'target', 'status', 'machine', 'note', 'article'] as const;
const MEMORY_STATUSES = ['machine', 'edited', 'reviewed'] as const;
const ENTRY_EXAMPLE = '- source: … / target: … / status: reviewed';

export function parseMemoryFile(text: string, path: string): ParsedMemoryFile {
  return parseWithTokens(text, path, false);
}

function parseWithTokens(text: string, path: string, keepSourceTokens: boolean): ParsedMemoryFile {
  return parseListFile(text, path, keepSourceTokens, readMemoryFile);
}

export function serializeMemoryFile(model: MemoryFile, existing?: ParsedMemoryFile): string {
  return existing === undefined ? renderNewFile(MEMORY_FORMAT, model) : serializeOverExisting(MEMORY_FORMAT, model, existing);
}

function readMemoryFile(reader: TranslationReader, document: Document.Parsed, path: string): MemoryFile | undefined {
  const top = reader.mapping(document.contents, 'the memory file', MEMORY_KEYS, 'language: en / entries: (a list)');
  if (top === undefined) return undefined;
  const expected = /(?:^|\/)translations\/memory\/([^/]+)\.ya?ml$/.exec(path.replaceAll('\\', '/'))?.[1];
  const language = readLanguage(reader, top, expected, `translations/memory/${expected ?? ''}.yaml`);
  if (!top.pairs.has('entries')) {
    reader.report('translation-schema', top.node, 'the memory file has no "entries"', 'Add a line "entries: []" at the end of the file.');
  }
  const entries: MemoryEntry[] = [];
  const sources: Array<{ key: string; node: Node | undefined }> = [];
  reader.sequence(top, 'entries', ENTRY_EXAMPLE)?.items.forEach((item, index) => {
    const what = `entry ${index + 1}`;
    const map = reader.mapping(item, what, ENTRY_KEYS, ENTRY_EXAMPLE);
    if (map === undefined) return;
    const source = reader.string(map, 'source', { required: true, nonEmpty: true, what });
    const target = reader.string(map, 'target', { required: true, what });
    const status = reader.oneOf(map, 'status', MEMORY_STATUSES, what);
    const machine = readMachine(reader, map, what);
    const note = reader.string(map, 'note', { what });
    const article = reader.string(map, 'article', { what });
    if (source === undefined || target === undefined || status === undefined) return;
    const entry: MemoryEntry = { source, target, status };
    if (machine !== undefined) entry.machine = machine;
    if (note !== undefined) entry.note = note;
    if (article !== undefined) entry.article = article;
    entries.push(entry);
    sources.push({ key: source, node: map.pairs.get('source')?.value as Node | undefined });
  });
  reportDuplicates(reader, sources, 'the German', 'The memory holds one translation per German sentence: delete one of the two entries.');
  return language === undefined ? undefined : { language, entries };
}

export const MEMORY_FORMAT: ListFileFormat<MemoryFile, MemoryEntry> = {
  header: [
    'dolmetsch translation memory — translations kept after their segment left every article, reused when the same German returns.',
    'Edit `target` like in an article file; delete an entry to forget it.',
  ],
  listKey: 'entries',
  entryKeyOrder: ENTRY_KEYS,
  frameFields: (file) => [['language', file.language]],
  entries: (file) => file.entries,
  entryKey: (entry) => entry.source,
  entryFields: (e) => compactFields([
    ['source', e.source], ['target', e.target], ['status', e.status], ['machine', machineField(e.machine)], ['note', e.note],
    ['article', e.article],
  ]),
  entryComments: (e) => e.comments,
  parse: parseWithTokens,
};
