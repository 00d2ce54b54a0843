import { isScalar, type Node, type YAMLMap } from 'yaml';
import { languageCodeProblem } from '../core/languages.ts';
import type { MachineProvenance, Suppression, TargetLanguage } from '../core/translation.ts';
import type { FieldValue } from './list-file-format.ts';
import type { Pairs, TranslationReader } from './translation-reader.ts';

/** Fields both file kinds share: language, machine provenance, suppressions, and unique entry keys. */

type ReadMap = { node: YAMLMap; pairs: Pairs };

export function readLanguage(reader: TranslationReader, map: ReadMap, expected: string | undefined, folder: string): TargetLanguage | undefined {
  const written = reader.string(map, 'language', { required: true, what: 'the file' });
  const problem = written === undefined ? undefined : languageCodeProblem(written);
  if (problem !== undefined) {
    reader.report('translation-schema', map.pairs.get('language')?.value as Node, `language: ${problem}`,
      expected !== undefined && languageCodeProblem(expected) === undefined ? `Set language: ${expected}.` : 'Write the target language code, e.g. language: en.');
  }
  const language = problem === undefined ? written : undefined;
  if (language !== undefined && expected !== undefined && language !== expected) {
    reader.report('translation-language-mismatch', map.pairs.get('language')?.value as Node,
      `language is "${language}" but the file is in ${folder}`,
      languageCodeProblem(expected) === undefined
        ? `Set language: ${expected}, or move the file to the folder of language "${language}".`
        : `Move the file to the folder of language "${language}".`);
  }
  return language;
}

export function readMachine(reader: TranslationReader, map: ReadMap, what: string): MachineProvenance | undefined {
  const example = 'machine: { provider: deepl, hash: 1a2b3c4d5e6f }';
  const node = map.pairs.get('machine')?.value;
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) return undefined;
  const machine = reader.mapping(node, `"machine" of ${what}`, ['provider', 'hash'], example);
  if (machine === undefined) return undefined;
  const provider = reader.string(machine, 'provider', { required: true, nonEmpty: true, what: `"machine" of ${what}` });
  const hash = reader.string(machine, 'hash', { required: true, nonEmpty: true, what: `"machine" of ${what}` });
  return provider !== undefined && hash !== undefined ? { provider, hash } : undefined;
}

export function readSuppressions(reader: TranslationReader, map: ReadMap, what: string): Suppression[] | undefined {
  const example = 'suppress: [{ rule: glossary-missing-target, reason: … }]';
  const list = reader.sequence(map, 'suppress', example);
  if (list === undefined) return undefined;
  const suppressions: Suppression[] = [];
  for (const item of list.items) {
    const entry = reader.mapping(item, `"suppress" of ${what}`, ['rule', 'reason'], example);
    if (entry === undefined) continue;
    const rule = reader.string(entry, 'rule', { required: true, nonEmpty: true, what: 'a suppression' });
    const reason = reader.string(entry, 'reason', { required: true, nonEmpty: true, what: 'a suppression' });
    if (rule !== undefined && reason !== undefined) suppressions.push({ rule, reason });
  }
  return suppressions.length > 0 ? suppressions : undefined;
}

/** Reports every entry whose key value was already used by an earlier entry. */
export function reportDuplicates(reader: TranslationReader, keyed: Array<{ key: string; node: Node | undefined }>, describeKey: string, hint: string): void {
  const firstLine = new Map<string, number>();
  for (const { key, node } of keyed) {
    const line = node?.range ? lineOf(reader, node) : 0;
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, line);
    else reader.report('translation-duplicate-id', node, `${describeKey} "${key}" is used twice (first on line ${first})`, hint);
  }
}

function lineOf(reader: TranslationReader, node: Node): number {
  return reader.lineOf(node.range?.[0] ?? 0);
}

export function machineField(machine: MachineProvenance | undefined): FieldValue | undefined {
  return machine && { provider: machine.provider, hash: machine.hash };
}

export function suppressField(suppress: Suppression[] | undefined): FieldValue | undefined {
  return suppress?.map((s) => ({ rule: s.rule, reason: s.reason }));
}

/** `translations/<folder>/<file>` → folder; undefined for paths outside that layout. */
export function folderOf(path: string): string | undefined {
  return /(?:^|\/)translations\/([^/]+)\/[^/]+$/.exec(path.replaceAll('\\', '/'))?.[1];
}
