/**
 * Walks a parsed YAML value along the config's field descriptions, collecting every problem as a diagnostic with
 * line and column: an unknown key gets the key probably meant, a wrong type what was expected, an example and
 * what was found. Returns plain values (snake_case, as written) for the normaliser.
 */
import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.ts';
import { closestKey } from '../store/closest-key.ts';
import { describe } from '../store/translation-reader.ts';
import { diagnosticAt } from '../store/yaml-position.ts';
import { quoteAsText } from '../yaml-input/scalar-hint.ts';
import type { Field } from './fields.ts';

export type Plain = string | number | boolean | string[] | { [key: string]: Plain | undefined };

export class FieldReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  report(ruleId: string, node: Node | null | undefined, message: string, hint: string): void {
    this.diagnostics.push(diagnosticAt(this.file, this.lines, node?.range ?? [0, 0], { ruleId, message, hint }));
  }

  /** The keys of a mapping read by `fields`; `where` names it in messages ("translate", "languages.en"). */
  section(node: unknown, fields: Readonly<Record<string, Field>>, where: string, example: string): Record<string, Plain | undefined> | undefined {
    if (isAlias(node)) return this.aliasRefused(node);
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return {};
    if (!isMap(node)) {
      this.report('config-invalid-value', node as Node, `expected ${where} to be a mapping, found ${describe(node)}`, `Write it as: ${example}`);
      return undefined;
    }
    const known = Object.keys(fields);
    const values: Record<string, Plain | undefined> = {};
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || typeof key.value !== 'string') {
        this.report('config-invalid-value', key, `expected a key name in ${where}, found ${describe(key)}`, `Use one of: ${known.join(', ')}.`);
        continue;
      }
      const name = key.value;
      const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (field === undefined) {
        const meant = closestKey(name, known);
        this.report('config-unknown-key', key, `unknown key "${name}" in ${where}${meant ? `; did you mean "${meant}"?` : ''}`,
          meant ? `Rename "${name}" to "${meant}".` : `Remove "${name}"; the keys of ${where} are: ${known.join(', ')}.`);
        continue;
      }
      if (Object.hasOwn(values, name)) {
        this.report('config-duplicate-key', key, `"${name}" appears twice in ${where}`, 'Keep one of the two lines.');
        continue;
      }
      values[name] = this.value(pair.value as Node | null, field, where === 'the file' ? name : `${where}.${name}`, name);
    }
    return values;
  }

  private value(node: Node | null, field: Field, where: string, key: string): Plain | undefined {
    if (isAlias(node)) return this.aliasRefused(node);
    switch (field.kind) {
      case 'section':
        return this.section(node, field.fields, where, field.example);
      case 'keyed':
        return this.keyed(node, field, where);
      case 'named':
        return this.named(node, field, where);
      case 'texts':
        return this.texts(node, field, where);
    }
    if (node === null || !isScalar(node) || node.value === null) {
      this.report('config-invalid-value', node, `${where} has no value`, `Write it as: ${field.example}`);
      return undefined;
    }
    const value = node.value;
    const found = describe(node);
    switch (field.kind) {
      case 'text':
        if (typeof value === 'string' && value.trim() !== '') return value;
        this.report('config-invalid-value', node, `expected text for ${where}, found ${found}`,
          typeof value === 'string' ? `Write it as: ${field.example}` : `Put it in double quotes so it stays text: ${quoteAsText(key, node)}`);
        return undefined;
      case 'boolean':
        if (typeof value === 'boolean') return value;
        this.report('config-invalid-value', node, `expected true or false for ${where}, found ${found}`, `Write it as: ${field.example}`);
        return undefined;
      case 'integer': {
        const inRange = typeof value === 'number' && Number.isInteger(value) && value >= field.minimum && (field.maximum === undefined || value <= field.maximum);
        if (inRange) return value;
        const range = field.maximum === undefined ? `${field.minimum} or more` : field.minimum === field.maximum ? `${field.minimum}` : `from ${field.minimum} to ${field.maximum}`;
        this.report('config-invalid-value', node, `expected a whole number ${range} for ${where}, found ${found}`, `Write it as: ${field.example}`);
        return undefined;
      }
      case 'choice': {
        if (typeof value === 'string' && field.values.includes(value)) return value;
        const meant = closestKey(String(value), field.values);
        this.report('config-invalid-value', node, `expected one of ${field.values.join(', ')} for ${where}, found ${found}`,
          meant ? `Write ${key}: ${meant}` : `Write it as: ${field.example}`);
        return undefined;
      }
    }
  }

  private keyed(node: Node | null, field: Extract<Field, { kind: 'keyed' }>, where: string): Plain | undefined {
    if (!isMap(node)) {
      this.report('config-invalid-value', node, `expected ${where} to be a mapping, found ${describe(node)}`, `Write it as: ${field.example}`);
      return undefined;
    }
    const byKey: Record<string, Field> = Object.fromEntries(field.keys.map((key) => [key, field.item] as const));
    const refused: Array<{ key: string; node: Node; problem: string }> = [];
    for (const pair of node.items as { key: unknown }[]) {
      const key = isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
      if (key === undefined || Object.hasOwn(byKey, key) || field.keyProblem === undefined) continue;
      const problem = field.keyProblem(key);
      if (problem !== undefined) refused.push({ key, node: pair.key as Node, problem });
      // Read as a language all the same (refused below if it is none), so its options are checked too.
      byKey[key] = field.item;
    }
    const values = this.section(node, byKey, where, field.example);
    for (const { key, node: keyNode, problem } of refused) {
      const meant = closestKey(key, field.keys);
      this.report('config-unknown-key', keyNode, `${where}: ${problem}${meant && !problem.includes(`"${meant}"`) ? `; did you mean "${meant}"?` : ''}`,
        meant ? `Rename "${key}" to "${meant}".` : `Write it as: ${field.example}`);
    }
    if (values !== undefined && Object.keys(values).length === 0 && node.items.length === 0) {
      this.report('config-invalid-value', node, `${where} names no language`, `Write it as: ${field.example}`);
      return undefined;
    }
    return values;
  }

  private named(node: Node | null, field: Extract<Field, { kind: 'named' }>, where: string): Plain | undefined {
    if (!isMap(node)) {
      this.report('config-invalid-value', node, `expected ${where} to be a mapping, found ${describe(node)}`, `Write it as: ${field.example}`);
      return undefined;
    }
    const names = (node.items as { key: unknown }[]).flatMap((pair) => (isScalar(pair.key) && typeof pair.key.value === 'string' ? [pair.key.value] : []));
    return this.section(node, Object.fromEntries(names.map((name) => [name, field.item] as const)), where, field.example);
  }

  private texts(node: Node | null, field: Extract<Field, { kind: 'texts' }>, where: string): string[] | undefined {
    if (!isSeq(node)) {
      this.report('config-invalid-value', node, `expected a list of texts for ${where}, found ${describe(node)}`, `Write it as: ${field.example}`);
      return undefined;
    }
    const texts: string[] = [];
    for (const item of node.items as (Node | null)[]) {
      if (!isScalar(item) || typeof item.value !== 'string') {
        this.report('config-invalid-value', item, `expected text in ${where}, found ${describe(item)}`, `Write it as: ${field.example}`);
      } else if ([...item.value].length > field.maxLength) {
        this.report('config-invalid-value', item, `an entry of ${where} has ${[...item.value].length} characters; at most ${field.maxLength} are allowed`, 'Shorten it or split it in two.');
      } else {
        texts.push(item.value);
      }
    }
    if (node.items.length > field.maxItems) {
      this.report('config-invalid-value', node, `${where} has ${node.items.length} entries; at most ${field.maxItems} are allowed`, 'Merge or remove some.');
      return undefined;
    }
    return texts;
  }

  private aliasRefused(node: Node): undefined {
    this.report('config-invalid-value', node, 'an alias (*name) is not allowed in the config', 'Write the value out in full.');
    return undefined;
  }
}
