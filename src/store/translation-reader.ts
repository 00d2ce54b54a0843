import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { YamlReader } from '../yaml-input/yaml-reader.ts';
import { isWrittenNull, quoteAsText, writtenAs, writtenNullHint } from '../yaml-input/scalar-hint.ts';
import { closestKey } from './closest-key.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Pairs = Map<string, Pair>;

/**
 * Translation and memory files' fields on top of the one YamlReader, in their wording. Aliases are reported
 * elsewhere and skipped here.
 */
export class TranslationReader extends YamlReader {
  report(ruleId: string, at: Node | null | undefined, message: string, hint: string): void {
    this.reportNode(ruleId, at, message, hint);
  }

  /** The pairs of a mapping by key, reporting unknown and forbidden keys; undefined when `node` is no mapping. */
  mapping(node: unknown, what: string, known: readonly string[], example: string): { node: YAMLMap; pairs: Pairs } | undefined {
    if (isAlias(node)) return undefined;
    if (!isMap(node)) {
      this.report('translation-schema', node as Node, `expected ${what} (a mapping), found ${describe(node)}`, `Write it as: ${example}`);
      return undefined;
    }
    const pairs: Pairs = new Map();
    for (const pair of node.items) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'string') {
        if (!isAlias(key)) this.report('translation-schema', key as Node, `expected a key name in ${what}, found ${describe(key)}`, `Use one of: ${known.join(', ')}.`);
        continue;
      }
      const name = key.value;
      if (FORBIDDEN_KEYS.has(name)) {
        this.report('translation-unknown-key', key, `the key "${name}" is never allowed in ${what}`, `Remove the line with "${name}".`);
      } else if (!known.includes(name)) {
        const suggestion = closestKey(name, known);
        this.report(
          'translation-unknown-key', key,
          `unknown key "${name}" in ${what}` + (suggestion ? `; did you mean "${suggestion}"?` : ''),
          suggestion ? `Rename "${name}" to "${suggestion}".` : `Remove "${name}"; the allowed keys are: ${known.join(', ')}.`,
        );
      } else if (!pairs.has(name)) {
        pairs.set(name, pair);
      }
    }
    return { node, pairs };
  }

  /** A text value; null or a missing key give undefined (reported when required). */
  string(map: { node: YAMLMap; pairs: Pairs }, key: string, options: { required?: boolean; nonEmpty?: boolean; what: string }): string | undefined {
    const value = map.pairs.get(key)?.value;
    if (isWrittenNull(value)) {
      this.report('translation-schema', value, `"${key}" is written as ${writtenAs(value)}, which YAML reads as no value`, writtenNullHint(key, value));
      return undefined;
    }
    if (value === undefined || value === null || (isScalar(value) && value.value === null)) {
      if (options.required) {
        this.report('translation-schema', (value as Node | null | undefined) ?? map.node, `${options.what} has no "${key}"`, `Add a line "${key}: …" to ${options.what}.`);
      }
      return undefined;
    }
    if (isAlias(value)) return undefined;
    if (!isScalar(value) || typeof value.value !== 'string') {
      this.report('translation-schema', value as Node, `expected text for "${key}", found ${describe(value)}`,
        isScalar(value) ? `Put the value in double quotes so it stays text: ${quoteAsText(key, value)}` : `Write "${key}" as one line of text.`);
      return undefined;
    }
    if (options.nonEmpty && value.value.trim() === '') {
      this.report('translation-schema', value, `"${key}" is empty in ${options.what}`, `Write the ${key} after "${key}:".`);
      return undefined;
    }
    return value.value;
  }

  /** A value that must be one of `allowed`. */
  oneOf<T extends string>(map: { node: YAMLMap; pairs: Pairs }, key: string, allowed: readonly T[], what: string): T | undefined {
    const value = this.string(map, key, { required: true, what });
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const suggestion = closestKey(value, allowed);
    this.report('translation-schema', map.pairs.get(key)?.value as Node, `unknown ${key} "${value}"; expected one of: ${allowed.join(', ')}`,
      suggestion ? `Write ${key}: ${suggestion}` : `Use one of: ${allowed.join(', ')}.`);
    return undefined;
  }

  /** A list; null, a missing key or an empty list give undefined. */
  sequence(map: { node: YAMLMap; pairs: Pairs }, key: string, example: string): YAMLSeq | undefined {
    const value = map.pairs.get(key)?.value;
    if (value === undefined || value === null || isAlias(value) || (isScalar(value) && value.value === null)) return undefined;
    if (!isSeq(value)) {
      this.report('translation-schema', value as Node, `expected a list for "${key}", found ${describe(value)}`, `Write it as: ${example}`);
      return undefined;
    }
    return value;
  }

  /** A list of texts, e.g. glossary ids. */
  stringList(map: { node: YAMLMap; pairs: Pairs }, key: string, example: string): string[] | undefined {
    const list = this.sequence(map, key, example);
    if (list === undefined) return undefined;
    const values: string[] = [];
    for (const item of list.items) {
      if (isScalar(item) && typeof item.value === 'string') values.push(item.value);
      else if (!isAlias(item)) this.report('translation-schema', item as Node, `expected text in "${key}", found ${describe(item)}`, `Write it as: ${example}`);
    }
    return values.length > 0 ? values : undefined;
  }
}

export function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return 'nothing';
    if (typeof value === 'number') return `the number ${writtenAs(node)}`;
    if (typeof value === 'boolean') return `the boolean ${writtenAs(node)}`;
    if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    return `a ${typeof value}`;
  }
  return 'an unsupported value';
}
