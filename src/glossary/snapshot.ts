/**
 * A loaded glossary as plain data (its entries and the examples that failed), and the glossary again from that data
 * without parsing the YAML: a short process that needs a few terms then costs a JSON.parse instead of a YAML parse,
 * validation and the examples' run. Whoever keeps a snapshot keys it by the exact bytes it was loaded from; the
 * snapshot is checked shape by shape when taken back, and anything unexpected means loading the file again.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { createGlossary } from './glossary.ts';
import { DERIVE_RULES, ENTRY_KINDS, type Glossary, type GlossaryEntry } from './types.ts';

export interface GlossarySnapshot {
  entries: GlossaryEntry[];
  exampleFailures: Diagnostic[];
}

export function glossarySnapshot(glossary: Glossary): GlossarySnapshot {
  return { entries: [...glossary.entries], exampleFailures: glossary.exampleFailures };
}

/**
 * The glossary a snapshot holds, or undefined when it is not one. Where an entry stands in the file is not part of
 * the snapshot: `locate` (diagnostics pointing into glossary.yaml) loads the file, `loadFull`, on first use.
 */
export function glossaryFromSnapshot(path: string, snapshot: unknown, loadFull: () => Glossary): Glossary | undefined {
  const candidate = snapshot as Partial<GlossarySnapshot> | null;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { entries, exampleFailures } = candidate;
  if (!Array.isArray(entries) || !entries.every(isEntry)) return undefined;
  if (!Array.isArray(exampleFailures) || !exampleFailures.every(isDiagnostic)) return undefined;
  let full: Glossary | undefined;
  return createGlossary({
    path,
    entries,
    exampleFailures,
    locate: (index, keys) => (full ??= loadFull()).locate(entries[index]!.id, keys),
  });
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);

function isEntry(value: unknown): value is GlossaryEntry {
  if (!isObject(value)) return false;
  const { id, kind, status, note, caseSensitive, de, en, ko, doNotTranslate, otherLanguages, examples } = value;
  return isString(id) && (ENTRY_KINDS as readonly unknown[]).includes(kind) && optional(status, (s) => s === 'proposed') &&
    isString(note) && typeof caseSensitive === 'boolean' && isGerman(de) && isTarget(en) && isTarget(ko) &&
    optional(doNotTranslate, (d) => d === true) && optional(otherLanguages, (o) => isObject(o) && Object.values(o).every(isTarget)) &&
    Array.isArray(examples) && examples.every(isExample);
}

function isGerman(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { term, forms, variants, short, derive, matchForms } = value;
  return isString(term) && isStrings(forms) && isStrings(variants) && isStrings(short) && isStrings(matchForms) &&
    Array.isArray(derive) && derive.every((rule) => (DERIVE_RULES as readonly unknown[]).includes(rule));
}

function isTarget(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { preferred, short, accepted, forbidden, forbiddenExceptions, allowGerman, doNotTranslate } = value;
  return isString(preferred) && optional(short, isString) && isStrings(accepted) && isStrings(forbidden) && isStrings(forbiddenExceptions) &&
    typeof allowGerman === 'boolean' && typeof doNotTranslate === 'boolean';
}

function isExample(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { de, en, ko, expect } = value;
  return isString(de) && optional(en, isString) && optional(ko, isString) && (expect === 'pass' || expect === 'fail');
}

function isDiagnostic(value: unknown): value is Diagnostic {
  if (!isObject(value)) return false;
  const { ruleId, severity, message, file, line, column, endLine, endColumn, hint, entry } = value;
  const isCount = (n: unknown) => Number.isInteger(n);
  return isString(ruleId) && (severity === 'error' || severity === 'warning' || severity === 'note') && isString(message) && isString(file) &&
    [line, column, endLine, endColumn].every((n) => optional(n, isCount)) && optional(hint, isString) && optional(entry, isString);
}
