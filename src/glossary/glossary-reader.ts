/** glossary.yaml's values on top of the one YamlReader: texts, lists, booleans, choices, in the glossary's wording. */
import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import { YamlReader } from '../yaml-input/yaml-reader.ts';
import { isWrittenNull, writtenAs } from '../yaml-input/scalar-hint.ts';
import { suggestionHint } from './suggest.ts';

export interface Located<T> {
  value: T;
  node: Node;
}

export type MapFields = Map<string, { key: Scalar; value: Node | null }>;

export class GlossaryReader extends YamlReader {
  report(node: Node | null | undefined, fallbackOffset: number, ruleId: string, message: string, hint: string): void {
    this.reportAt(node?.range?.[0] ?? fallbackOffset, ruleId, message, hint);
  }

  /** A mapping with only `allowed` keys; unknown keys are reported with the closest allowed one. */
  map(node: Node | null, what: string, allowed: readonly string[], fallbackOffset: number, hint?: string): MapFields | undefined {
    if (!isMap(node)) {
      this.report(node, fallbackOffset, 'glossary-invalid-value', `${what} must be a mapping; found ${describe(node)}`,
        hint ?? `write ${what} as \`key: value\` lines indented under it`);
      return undefined;
    }
    const fields: MapFields = new Map();
    for (const pair of node.items as Pair<Node | null, Node | null>[]) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'string') {
        this.report(key, node.range?.[0] ?? fallbackOffset, 'glossary-invalid-value',
          `keys of ${what} must be plain words; found ${describe(key)}`, `use one of ${allowed.join(', ')}`);
        continue;
      }
      if (!allowed.includes(key.value)) {
        this.report(key, fallbackOffset, 'glossary-unknown-key', `unknown key \`${key.value}\` in ${what}`,
          suggestionHint(key.value, allowed));
        continue;
      }
      fields.set(key.value, { key, value: pair.value });
    }
    return fields;
  }

  /** A non-empty string: NFC, trimmed, inner whitespace collapsed to single spaces. */
  string(node: Node | null, what: string, fallbackOffset: number): string | undefined {
    if (isScalar(node) && typeof node.value === 'string') {
      const value = node.value.normalize('NFC').trim().replace(/\s+/gu, ' ');
      if (value !== '') return value;
      this.report(node, fallbackOffset, 'glossary-empty-term', `${what} must not be empty; found ${describe(node)}`,
        `write the text, or remove the key`);
      return undefined;
    }
    const quoted = isScalar(node) && (node.value !== null || isWrittenNull(node));
    this.report(node, fallbackOffset, 'glossary-invalid-value', `${what} must be a text; found ${describe(node)}`,
      quoted ? `quote it so it stays text: "${writtenAs(node).replace(/"/g, '\\"')}"` : 'write the text after the colon');
    return undefined;
  }

  /** A list of strings; each bad item is reported on its own. */
  stringList(node: Node | null, what: string, fallbackOffset: number): Located<string>[] {
    if (!isSeq(node)) {
      const hint = isScalar(node) && node.value !== null ? `write a list: [${writtenAs(node)}]` : 'write a list: [a, b]';
      this.report(node, fallbackOffset, 'glossary-invalid-value', `${what} must be a list of texts; found ${describe(node)}`, hint);
      return [];
    }
    const items: Located<string>[] = [];
    for (const item of node.items as (Node | null)[]) {
      const value = this.string(item, `each item of ${what}`, node.range?.[0] ?? fallbackOffset);
      if (value !== undefined && item) items.push({ value, node: item });
    }
    return items;
  }

  boolean(node: Node | null, what: string, fallbackOffset: number): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.report(node, fallbackOffset, 'glossary-invalid-value', `${what} must be true or false; found ${describe(node)}`,
      'write `true` or `false` without quotes');
    return undefined;
  }

  oneOf<T extends string>(node: Node | null, what: string, choices: readonly T[], fallbackOffset: number): T | undefined {
    if (isScalar(node) && typeof node.value === 'string' && (choices as readonly string[]).includes(node.value)) {
      return node.value as T;
    }
    const found = isScalar(node) ? String(node.value) : '';
    this.report(node, fallbackOffset, 'glossary-invalid-value',
      `${what} must be one of ${choices.join(', ')}; found ${describe(node)}`, suggestionHint(found, choices));
    return undefined;
  }
}

export function describe(node: Node | null | undefined): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    if (node.value === null) return isWrittenNull(node) ? `null (written ${writtenAs(node)})` : 'nothing';
    if (typeof node.value === 'string') return `"${node.value}"`;
    return `${typeof node.value} ${writtenAs(node)}`;
  }
  return 'an alias';
}
