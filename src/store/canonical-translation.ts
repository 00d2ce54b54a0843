/**
 * A translation file in the layout dolmetsch writes, read line by line without the yaml library: the first YAML
 * parses of a short process (an edit run) cost tens of milliseconds a file before the JIT has warmed up.
 *
 * Every value line is accepted only when the renderer (`fieldLine`, held to yaml's own bytes by a property test)
 * writes the value read from it back as exactly that line: then yaml reads the line as that value too. Everything
 * else — a line break in a value, a comment after a value, another indentation, an unknown or repeated key, a value
 * the schema would refuse, CRLF, tabs — gives undefined, and the caller parses the file with yaml as before, with
 * its diagnostics. So this never reads a file differently from yaml; it only reads fewer files.
 */
import { languageCodeProblem } from '../core/languages.ts';
import { SEGMENT_STATUSES, type SegmentStatus, type TranslationEntry, type TranslationFile } from '../core/translation.ts';
import { folderOf } from './entry-fields.ts';
import type { FieldValue } from './list-file-format.ts';
import { simpleLine as fieldLine } from './list-file-render.ts';
import { SEGMENT_KEYS } from './translation-schema.ts';
import { MAX_SCALAR_CHARS } from './yaml-document.ts';

const FRAME_KEYS = new Set(['article', 'language', 'source']);
const ENTRY_KEYS = new Set<string>(SEGMENT_KEYS.filter((key) => key !== 'suppress'));
const TEXT_KEYS = new Set(['id', 'source', 'target', 'status', 'previous_source', 'suggestion', 'review', 'note']);
/** The longest file read this way; a larger one is rare and yaml checks its size. */
const MAX_CHARS = 1_000_000;
const FIRST_LINE = /^( *)- ([a-z_]+): (.+)$/s;
const KEY_LINE = /^( *)([a-z_]+): (.+)$/s;

export function readCanonicalTranslation(text: string, path: string): TranslationFile | undefined {
  if (text.length > MAX_CHARS || /[\r\t\ufeff]/.test(text) || !text.endsWith('\n')) return undefined;
  const lines = text.split('\n');
  lines.pop();
  const frame = new Map<string, string>();
  let at = 0;
  for (; at < lines.length; at++) {
    const line = lines[at]!;
    if (line === '' || line.startsWith('#')) continue;
    if (line === 'segments:' || line === 'segments: []') break;
    const pair = KEY_LINE.exec(line);
    if (!pair || pair[1] !== '' || !FRAME_KEYS.has(pair[2]!) || frame.has(pair[2]!)) return undefined;
    const value = textValue(pair[2]!, pair[3]!);
    if (value === undefined || isBlank(value)) return undefined;
    frame.set(pair[2]!, value);
  }
  if (at === lines.length || frame.size !== FRAME_KEYS.size) return undefined;
  const language = frame.get('language')!;
  const folder = folderOf(path);
  if (languageCodeProblem(language) !== undefined || (folder !== undefined && folder !== language)) return undefined;
  const segments = lines[at] === 'segments: []' ? (lines.slice(at + 1).every(isBlankOrComment) ? [] : undefined) : readEntries(lines, at + 1);
  return segments && { article: frame.get('article')!, language, source: frame.get('source')!, segments };
}

/** The list's entries: every dash at one column, every key two further, comments no deeper than the keys. */
function readEntries(lines: readonly string[], from: number): TranslationEntry[] | undefined {
  const entries: TranslationEntry[] = [];
  const ids = new Set<string>();
  let fields: Map<string, FieldValue> | undefined;
  let dash = -1;
  const close = (): boolean => {
    if (fields === undefined) return true;
    const entry = toEntry(fields);
    if (entry === undefined || ids.has(entry.id)) return false;
    ids.add(entry.id);
    entries.push(entry);
    return true;
  };
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const first = FIRST_LINE.exec(line);
    const pair = first ?? KEY_LINE.exec(line);
    if (pair === null) {
      const indent = line.length - line.trimStart().length;
      if (line.trim() === '' || (line.trimStart().startsWith('#') && (dash < 0 || indent <= dash + 2))) continue;
      return undefined;
    }
    const [, spaces, key, raw] = pair as unknown as [string, string, string, string];
    if (first) {
      if (dash >= 0 && spaces.length !== dash) return undefined;
      dash = spaces.length;
      if (!close()) return undefined;
      fields = new Map();
    } else if (fields === undefined || spaces.length !== dash + 2) {
      return undefined;
    }
    if (!ENTRY_KEYS.has(key) || fields.has(key)) return undefined;
    const value = TEXT_KEYS.has(key) ? textValue(key, raw) : key === 'glossary' ? listValue(key, raw) : recordValue(key, raw);
    if (value === undefined) return undefined;
    fields.set(key, value);
  }
  return close() ? entries : undefined;
}

function toEntry(fields: ReadonlyMap<string, FieldValue>): TranslationEntry | undefined {
  const text = (key: string) => fields.get(key) as string | undefined;
  const id = text('id');
  const source = text('source');
  const status = text('status');
  if (id === undefined || isBlank(id) || source === undefined || isBlank(source) || !(SEGMENT_STATUSES as readonly string[]).includes(status ?? '')) return undefined;
  // Built in the order, and with the fields, the yaml reader gives (translation-schema.ts readSegment).
  const entry: TranslationEntry = { id, source, target: text('target') ?? '', status: status as SegmentStatus };
  const glossary = fields.get('glossary') as string[] | undefined;
  const machine = fields.get('machine') as Record<string, string> | undefined;
  if (glossary !== undefined) entry.glossary = glossary;
  if (machine !== undefined) entry.machine = { provider: machine.provider!, hash: machine.hash! };
  for (const [key, field] of [['previous_source', 'previousSource'], ['suggestion', 'suggestion'], ['review', 'review'], ['note', 'note']] as const) {
    const value = text(key);
    if (value !== undefined) entry[field] = value;
  }
  return entry;
}

/** What yaml's reader takes for an empty required text (translation-reader.ts `nonEmpty`). */
const isBlank = (value: string) => value.trim() === '';
const isBlankOrComment = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

/** The string a value reads as, when the renderer writes that string back as exactly this line. */
function textValue(key: string, raw: string): string | undefined {
  const value = scalar(raw);
  return value !== undefined && value.length <= MAX_SCALAR_CHARS && fieldLine(key, value) === `${key}: ${raw}\n` ? value : undefined;
}

/** `[ a, b ]` of non-empty strings. */
function listValue(key: string, raw: string): string[] | undefined {
  if (!raw.startsWith('[ ') || !raw.endsWith(' ]')) return undefined;
  const items = raw.slice(2, -2).split(', ').map(scalar);
  if (!items.every((item): item is string => item !== undefined && item !== '')) return undefined;
  return fieldLine(key, items) === `${key}: ${raw}\n` ? items : undefined;
}

/** `machine: { provider: …, hash: … }`, both non-empty, in that order. */
function recordValue(key: string, raw: string): Record<string, string> | undefined {
  if (key !== 'machine' || !raw.startsWith('{ ') || !raw.endsWith(' }')) return undefined;
  const pairs = raw.slice(2, -2).split(', ').map((pair) => /^(provider|hash): (.*)$/.exec(pair));
  if (pairs.length !== 2 || pairs[0]?.[1] !== 'provider' || pairs[1]?.[1] !== 'hash') return undefined;
  const provider = scalar(pairs[0][2]!);
  const hash = scalar(pairs[1][2]!);
  if (provider === undefined || isBlank(provider) || hash === undefined || isBlank(hash)) return undefined;
  const record = { provider, hash };
  return fieldLine(key, record) === `${key}: ${raw}\n` ? record : undefined;
}

/** A candidate reading of a one-line scalar; only the round trip through the renderer decides whether it holds. */
function scalar(raw: string): string | undefined {
  if (raw.startsWith("'")) return raw.length >= 2 && raw.endsWith("'") ? raw.slice(1, -1).replaceAll("''", "'") : undefined;
  if (!raw.startsWith('"')) return raw;
  if (raw.length < 2 || !raw.endsWith('"')) return undefined;
  const json = raw.replace(/\\(x[0-9a-fA-F]{2}|[0abveN_LP\\])/g, (match, escape: string) => {
    if (escape === '\\') return match;
    if (escape.startsWith('x')) return `\\u00${escape.slice(1)}`;
    return `\\u${YAML_ESCAPES[escape]}`;
  });
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** yaml's double-quoted escapes that JSON lacks, as the code units they stand for. */
const YAML_ESCAPES: Record<string, string> = { 0: '0000', a: '0007', b: '0008', v: '000b', e: '001b', N: '0085', _: '00a0', L: '2028', P: '2029' };
