/**
 * FileFacts ⇄ a compact JSON form for the check cache. Findings repeat the same hints and messages thousands of
 * times and the places of a file all name the file, so strings go into one table shared by the whole cache and
 * places are plain number lists. Decoding checks every value it reads: anything malformed throws, and the cache
 * then treats that file as not kept.
 */
import type { Diagnostic, Severity } from '../core/diagnostic.ts';
import type { TargetLanguage, TranslationEntry } from '../core/translation.ts';
import type { FileFacts, SegmentFacts } from './file-findings.ts';
import type { Location } from './types.ts';

type Place = [number, number, number, number];
type EncodedSegment = [index: number, entry: TranslationEntry, sourcePlain: number, targetPlain: number, matches: Array<[number, number, number]>, targetAt: Place, suppressAt: Place[]];
type EncodedFinding = [rule: number, segment: number, ruleId: number, severity: number, message: number, hint: number, place: number[], entry: number];
export interface EncodedFacts {
  p: string;
  a: string;
  l: string;
  s: EncodedSegment[];
  f: EncodedFinding[];
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];
const NONE = -1;

function text(value: unknown): string {
  if (typeof value !== 'string') throw new Error('malformed');
  return value;
}

function int(value: unknown): number {
  if (!Number.isInteger(value)) throw new Error('malformed');
  return value as number;
}

/** A diagnostic's place as numbers: none, or line, column, end line, end column. */
function encodePlace(d: Diagnostic): number[] {
  return d.line === undefined ? [] : [d.line, d.column ?? 0, d.endLine ?? d.line, d.endColumn ?? d.column ?? 0];
}

/** The diagnostic back from its encoded parts, every value checked; keys in the order rules/finding.ts makes them (a JSON report must not change with the cache). */
function decodeDiagnostic(table: StringTable, file: string, ruleId: unknown, severity: unknown, message: unknown, hint: unknown, place: unknown, entry: unknown): Diagnostic {
  const level = SEVERITIES[int(severity)];
  if (level === undefined || !Array.isArray(place)) throw new Error('malformed');
  const [line, column, endLine, endColumn] = place.map(int);
  const hintText = table.get(int(hint));
  const entryId = table.get(int(entry));
  return {
    ruleId: text(table.get(int(ruleId))),
    severity: level,
    message: text(table.get(int(message))),
    file,
    ...(place.length === 4 ? { line: line!, column: column!, endLine: endLine!, endColumn: endColumn! } : {}),
    ...(hintText === undefined ? {} : { hint: hintText }),
    ...(entryId === undefined ? {} : { entry: entryId }),
  };
}

/** Strings of the whole cache, each once. */
export class StringTable {
  readonly strings: string[];
  readonly #index = new Map<string, number>();

  constructor(strings: string[] = []) {
    this.strings = strings;
  }

  add(text: string | undefined): number {
    if (text === undefined) return NONE;
    let at = this.#index.get(text);
    if (at === undefined) {
      at = this.strings.push(text) - 1;
      this.#index.set(text, at);
    }
    return at;
  }

  get(at: number): string | undefined {
    if (at === NONE) return undefined;
    const text = this.strings[at];
    if (typeof text !== 'string') throw new Error('no such string');
    return text;
  }
}

export function encodeFacts(facts: FileFacts, table: StringTable): EncodedFacts {
  const place = (at: Location): Place => [at.line, at.column, at.endLine, at.endColumn];
  const s: EncodedSegment[] = [];
  facts.segments.forEach((segment, index) => {
    if (segment === undefined) return;
    const { entry } = segment;
    // Only what effectiveStatus, the rules across files and the suppressions read.
    const kept: TranslationEntry = { id: entry.id, source: entry.source, target: entry.target, status: entry.status,
      ...(entry.machine ? { machine: entry.machine } : {}), ...(entry.suppress ? { suppress: entry.suppress } : {}) };
    s.push([index, kept, segment.sourcePlain === entry.source ? NONE : table.add(segment.sourcePlain), segment.targetPlain === entry.target ? NONE : table.add(segment.targetPlain),
      segment.germanMatches.map((m) => [table.add(m.entry), m.start, m.end]), place(segment.targetAt), segment.suppressAt.map(place)]);
  });
  const f = facts.findings.map(({ rule, segment, diagnostic: d }): EncodedFinding => [
    rule, segment, table.add(d.ruleId), SEVERITIES.indexOf(d.severity), table.add(d.message), table.add(d.hint), encodePlace(d), table.add(d.entry),
  ]);
  return { p: facts.path, a: facts.article, l: facts.language, s, f };
}

export function decodeFacts(encoded: EncodedFacts, table: StringTable): FileFacts {
  const path = text(encoded.p);
  const at = (value: unknown): Location => {
    const [line, column, endLine, endColumn] = (value as number[]).map(int);
    return { file: path, line: line!, column: column!, endLine: endLine!, endColumn: endColumn! };
  };
  const segments: SegmentFacts[] = [];
  for (const [index, entry, sourcePlain, targetPlain, matches, targetAt, suppressAt] of encoded.s) {
    text(entry.id), text(entry.source), text(entry.target), text(entry.status);
    const suppress = entry.suppress ?? [];
    if (!Array.isArray(suppress) || !suppress.every((x) => typeof x?.rule === 'string' && typeof x.reason === 'string')) throw new Error('malformed');
    if (!Array.isArray(suppressAt) || suppressAt.length !== suppress.length) throw new Error('malformed');
    const plain = { source: table.get(int(sourcePlain)) ?? entry.source, target: table.get(int(targetPlain)) ?? entry.target };
    segments[int(index)] = {
      entry,
      sourcePlain: plain.source,
      targetPlain: plain.target,
      germanMatches: matches.map(([id, start, end]) => ({ entry: text(table.get(int(id))), start: int(start), end: int(end), text: plain.source.slice(start, end) })),
      targetAt: at(targetAt),
      suppressAt: suppressAt.map(at),
    };
  }
  const findings = encoded.f.map(([rule, segment, ruleId, severity, message, hint, place, entry]) => ({
    rule: int(rule),
    segment: int(segment),
    diagnostic: decodeDiagnostic(table, path, ruleId, severity, message, hint, place, entry),
  }));
  return { path, article: text(encoded.a), language: text(encoded.l) as TargetLanguage, segments, findings };
}

/** A finding of a rule across files: where it belongs (file and segment, or none), and the diagnostic itself. */
export interface AcrossFinding {
  rule: number;
  segment?: { file: string; index: number };
  diagnostic: Diagnostic;
}

type EncodedAcross = [rule: number, file: number, segment: number, ruleId: number, severity: number, message: number, hint: number, diagnosticFile: number, place: number[], entry: number];

export function encodeAcross(findings: readonly AcrossFinding[], table: StringTable): EncodedAcross[] {
  return findings.map(({ rule, segment, diagnostic: d }) => [
    rule, table.add(segment?.file), segment?.index ?? NONE, table.add(d.ruleId), SEVERITIES.indexOf(d.severity), table.add(d.message), table.add(d.hint), table.add(d.file),
    encodePlace(d), table.add(d.entry),
  ]);
}

export function decodeAcross(encoded: unknown, table: StringTable): AcrossFinding[] {
  if (!Array.isArray(encoded)) throw new Error('malformed');
  return (encoded as EncodedAcross[]).map(([rule, file, segment, ruleId, severity, message, hint, diagnosticFile, place, entry]) => {
    const diagnostic = decodeDiagnostic(table, text(table.get(int(diagnosticFile))), ruleId, severity, message, hint, place, entry);
    const segmentFile = table.get(int(file));
    return { rule: int(rule), ...(segmentFile === undefined ? {} : { segment: { file: segmentFile, index: int(segment) } }), diagnostic };
  });
}
