/**
 * FileFacts ⇄ a compact JSON form for the check cache. Findings repeat the same hints and messages thousands of
 * times, the en and ko file of an article hold the same German and ids, and the places of a file all name the
 * file, so strings go into one table shared by the whole cache (and, decoded, are one string in memory) and places
 * are plain number lists. Decoding checks every value it reads: anything malformed throws, and the cache then
 * treats that file as not kept.
 */
import type { Diagnostic, Severity } from '../core/diagnostic.ts';
import type { SegmentStatus, TargetLanguage, TranslationEntry } from '../core/translation.ts';
import type { FileFacts, SegmentFacts } from './file-findings.ts';
import type { Location } from './types.ts';

type Place = [number, number, number, number];
/** Strings are indexes into the table; machine provider and hash NONE without a machine record. */
type EncodedSegment = [
  index: number, id: number, source: number, target: number, status: number, machineProvider: number, machineHash: number,
  sourcePlain: number, targetPlain: number, matches: Array<[number, number, number]>, targetAt: Place, suppress: Array<[rule: number, reason: number]>, suppressAt: Place[],
];
type EncodedFinding = [rule: number, segment: number, ruleId: number, severity: number, message: number, hint: number, place: number[], entry: number];
export interface EncodedFacts {
  p: number;
  a: number;
  l: number;
  s: EncodedSegment[];
  f: EncodedFinding[];
}

const STATUSES: readonly SegmentStatus[] = ['new', 'machine', 'edited', 'reviewed', 'stale'];
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
  readonly strings: string[] = [];
  readonly #index = new Map<string, number>();

  /** `offset`: how many strings come before these (lines copied from an earlier cache number theirs first). */
  constructor(readonly offset = 0) {}

  add(text: string | undefined): number {
    if (text === undefined) return NONE;
    let at = this.#index.get(text);
    if (at === undefined) {
      at = this.offset + this.strings.push(text) - 1;
      this.#index.set(text, at);
    }
    return at;
  }

  get(at: number): string | undefined {
    if (at === NONE) return undefined;
    const text = this.strings[at - this.offset];
    if (typeof text !== 'string') throw new Error('no such string');
    return text;
  }
}

export function encodeFacts(facts: FileFacts, table: StringTable): EncodedFacts {
  const place = (at: Location): Place => [at.line, at.column, at.endLine, at.endColumn];
  const s: EncodedSegment[] = [];
  facts.segments.forEach((segment, index) => {
    if (segment === undefined) return;
    // Only what effectiveStatus, the rules across files and the suppressions read (file-findings.ts keeps the same).
    const { entry } = segment;
    s.push([
      index, table.add(entry.id), table.add(entry.source), table.add(entry.target), STATUSES.indexOf(entry.status),
      table.add(entry.machine?.provider), table.add(entry.machine?.hash),
      segment.sourcePlain === entry.source ? NONE : table.add(segment.sourcePlain), segment.targetPlain === entry.target ? NONE : table.add(segment.targetPlain),
      segment.germanMatches.map((m) => [table.add(m.entry), m.start, m.end]), place(segment.targetAt),
      (entry.suppress ?? []).map(({ rule, reason }) => [table.add(rule), table.add(reason)]), segment.suppressAt.map(place),
    ]);
  });
  const f = facts.findings.map(({ rule, segment, diagnostic: d }): EncodedFinding => [
    rule, segment, table.add(d.ruleId), SEVERITIES.indexOf(d.severity), table.add(d.message), table.add(d.hint), encodePlace(d), table.add(d.entry),
  ]);
  return { p: table.add(facts.path), a: table.add(facts.article), l: table.add(facts.language), s, f };
}

export function decodeFacts(encoded: EncodedFacts, table: StringTable): FileFacts {
  const string = (at: unknown) => text(table.get(int(at)));
  const path = string(encoded.p);
  const at = (value: unknown): Location => {
    if (!Array.isArray(value) || value.length !== 4) throw new Error('malformed');
    const [line, column, endLine, endColumn] = value.map(int);
    return { file: path, line: line!, column: column!, endLine: endLine!, endColumn: endColumn! };
  };
  const segments: SegmentFacts[] = [];
  if (!Array.isArray(encoded.s) || !Array.isArray(encoded.f)) throw new Error('malformed');
  for (const [index, id, source, target, status, provider, hash, sourcePlain, targetPlain, matches, targetAt, suppress, suppressAt] of encoded.s) {
    const level = STATUSES[int(status)];
    if (level === undefined || !Array.isArray(matches) || !Array.isArray(suppress) || !Array.isArray(suppressAt) || suppressAt.length !== suppress.length) throw new Error('malformed');
    const machine = int(provider) === NONE ? undefined : { provider: string(provider), hash: string(hash) };
    const entry: TranslationEntry = {
      id: string(id), source: string(source), target: string(target), status: level,
      ...(machine ? { machine } : {}), ...(suppress.length > 0 ? { suppress: suppress.map(([rule, reason]) => ({ rule: string(rule), reason: string(reason) })) } : {}),
    };
    const plain = { source: table.get(int(sourcePlain)) ?? entry.source, target: table.get(int(targetPlain)) ?? entry.target };
    segments[int(index)] = {
      entry,
      sourcePlain: plain.source,
      targetPlain: plain.target,
      germanMatches: matches.map(([entryId, start, end]) => ({ entry: string(entryId), start: int(start), end: int(end), text: plain.source.slice(start, end) })),
      targetAt: at(targetAt),
      suppressAt: suppressAt.map(at),
    };
  }
  const findings = encoded.f.map(([rule, segment, ruleId, severity, message, hint, place, entry]) => ({
    rule: int(rule),
    segment: int(segment),
    diagnostic: decodeDiagnostic(table, path, ruleId, severity, message, hint, place, entry),
  }));
  return { path, article: string(encoded.a), language: string(encoded.l) as TargetLanguage, segments, findings };
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
