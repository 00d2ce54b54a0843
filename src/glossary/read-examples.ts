/** `examples:` of a glossary entry: sentences that must pass or fail the check as declared. */
import { isMap, isSeq, type Node } from 'yaml';
import { EXAMPLE_KEYS } from './entry-keys.ts';
import { optionalString, required } from './entry-fields.ts';
import type { GlossaryExample } from './types.ts';
import type { GlossaryReader } from './glossary-reader.ts';

export function readExamples(reader: GlossaryReader, field: { key: Node; value: Node | null } | undefined, label: string) {
  const values: GlossaryExample[] = [];
  const nodes: Node[] = [];
  if (!field) return { values, nodes };
  if (!isSeq(field.value)) {
    reader.report(field.value, field.key.range![0], 'glossary-invalid-value', `${label}: examples must be a list; found ${isMap(field.value) ? 'a mapping' : 'a value'}`,
      'write each example as `- { de: …, en: …, expect: pass }`');
    return { values, nodes };
  }
  for (const item of field.value.items as (Node | null)[]) {
    const itemAt = item?.range?.[0] ?? field.key.range![0];
    const example = reader.map(item, `${label}: an example`, EXAMPLE_KEYS, itemAt);
    if (!example || !item) continue;
    const de = required(reader, example, 'de', `${label}: example`, itemAt, 'add `de:` with a German sentence');
    const expectField = example.get('expect');
    const expect = expectField ? reader.oneOf(expectField.value, `${label}: example expect`, ['pass', 'fail'] as const, expectField.key.range![0]) : undefined;
    if (!expectField) reader.reportAt(itemAt, 'glossary-missing-key', `${label}: example has no \`expect\``, 'add `expect: pass` or `expect: fail`');
    const en = optionalString(reader, example, 'en', `${label}: example`);
    const ko = optionalString(reader, example, 'ko', `${label}: example`);
    if (!de || !expect) continue;
    values.push({ de: de.value, ...(en === undefined ? {} : { en }), ...(ko === undefined ? {} : { ko }), expect });
    nodes.push(item);
  }
  return { values, nodes };
}
