/**
 * The JSON Schemas shipped in schemas/ (for editors: completion and validation in VS Code) against the shipped
 * sample files, and against the readers: every key one knows, the other knows too.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_FIELDS, type Field } from '../../src/config/index.ts';
import { LANGUAGE_CODE_PATTERN } from '../../src/core/languages.ts';
import { SEGMENT_STATUSES } from '../../src/core/translation.ts';
import { TOP_KEYS } from '../../src/glossary/load.ts';
import { ENTRY_KEYS, EXAMPLE_KEYS, GERMAN_KEYS, TARGET_KEYS } from '../../src/glossary/read-entry.ts';
import { DERIVE_RULES, ENTRY_KINDS } from '../../src/glossary/types.ts';
import { PROVIDERS } from '../../src/providers/registry.ts';
import { ENTRY_KEYS as MEMORY_ENTRY_KEYS, MEMORY_KEYS } from '../../src/store/memory-file.ts';
import { SEGMENT_KEYS, TRANSLATION_KEYS } from '../../src/store/translation-schema.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';
import { expectValid, loadSchema, validator, type Schema } from '../helpers/schemas.ts';

async function yamlFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(folder, item.name);
    if (item.isDirectory()) found.push(...(await yamlFiles(full)));
    else if (item.name.endsWith('.yaml')) found.push(full);
  }
  return found;
}

function agree(field: Field, schema: Schema, where: string): void {
  switch (field.kind) {
    case 'section':
    case 'keyed': {
      const keys = field.kind === 'section' ? Object.keys(field.fields) : [...field.keys];
      expect(Object.keys(schema.properties ?? {}), where).toEqual(keys);
      expect(schema.additionalProperties, where).toBe(false);
      for (const key of keys) agree(field.kind === 'section' ? field.fields[key]! : field.item, schema.properties![key]!, `${where}.${key}`);
      // A keyed mapping open to further keys (languages: ja, fr) takes them by the reader's own pattern.
      const pattern = field.kind === 'keyed' ? field.pattern : undefined;
      expect(Object.keys(schema.patternProperties ?? {}), where).toEqual(pattern === undefined ? [] : [pattern]);
      if (pattern !== undefined && field.kind === 'keyed') agree(field.item, schema.patternProperties![pattern]!, `${where}.<pattern>`);
      return;
    }
    case 'named':
      expect([schema.type, schema.properties], where).toEqual(['object', undefined]);
      agree(field.item, schema.additionalProperties as Schema, `${where}.<name>`);
      return;
    case 'choice':
      expect(schema.enum, where).toEqual([...field.values]);
      return;
    case 'integer':
      expect([schema.type, schema.minimum, schema.maximum], where).toEqual(['integer', field.minimum, field.maximum]);
      return;
    case 'texts':
      expect([schema.type, schema.maxItems, schema.items?.type], where).toEqual(['array', field.maxItems, 'string']);
      return;
    case 'text':
      expect(schema.type, where).toBe('string');
      return;
    case 'boolean':
      expect(schema.type, where).toBe('boolean');
  }
}

describe('shipped JSON Schemas', () => {
  it('the config schema and the config reader know the same keys, types and choices', async () => {
    const schema = await loadSchema('dolmetsch.config.schema.json');
    agree({ kind: 'section', description: '', example: '', fields: CONFIG_FIELDS }, schema, 'config');
    // The schema suggests the registered providers' names (it cannot know a provider added later, hence no enum).
    expect(findProviderExamples(schema)).toEqual(PROVIDERS.map((p) => p.name));
  });

  it('the glossary, translation and memory schemas know the keys their readers know', async () => {
    const glossary = await loadSchema('glossary.schema.json');
    const entry = glossary.properties!.entries!.items!;
    expect(Object.keys(glossary.properties!)).toEqual([...TOP_KEYS]);
    expect(Object.keys(entry.properties!)).toEqual([...ENTRY_KEYS]);
    expect(Object.keys(entry.properties!.de!.properties!)).toEqual([...GERMAN_KEYS]);
    expect(Object.keys(entry.properties!.en!.properties!)).toEqual([...TARGET_KEYS]);
    expect(Object.keys(entry.properties!.ko!.properties!)).toEqual([...TARGET_KEYS]);
    // Further target languages (ja, fr) are keys of the entry matched by the language code pattern.
    // (Not the entry's own short keys: a pattern applies on top of `properties`.)
    const further = `^(?!(?:id|de|dnt)$)${LANGUAGE_CODE_PATTERN.slice(1)}`;
    expect(Object.keys(entry.patternProperties!)).toEqual([further]);
    expect(ENTRY_KEYS.filter((key) => new RegExp(further).test(key))).toEqual(['en', 'ko']);
    expect(Object.keys(entry.patternProperties![further]!.properties!)).toEqual([...TARGET_KEYS]);
    expect(Object.keys(entry.properties!.examples!.items!.properties!)).toEqual([...EXAMPLE_KEYS]);
    expect(entry.properties!.kind!.enum).toEqual([...ENTRY_KINDS]);
    expect(entry.properties!.de!.properties!.derive!.items!.enum).toEqual([...DERIVE_RULES]);
    const translation = await loadSchema('translation.schema.json');
    expect(Object.keys(translation.properties!)).toEqual([...TRANSLATION_KEYS]);
    const segment = translation.properties!.segments!.items!;
    expect(Object.keys(segment.properties!)).toEqual([...SEGMENT_KEYS]);
    expect(segment.properties!.status!.enum).toEqual([...SEGMENT_STATUSES]);
    const memory = await loadSchema('memory.schema.json');
    expect(Object.keys(memory.properties!)).toEqual([...MEMORY_KEYS]);
    expect(Object.keys(memory.properties!.entries!.items!.properties!)).toEqual([...MEMORY_ENTRY_KEYS]);
  });

  it('the shipped glossary, translation files and a full config pass their schemas', async () => {
    expectValid(await validator('glossary.schema.json'), parse(await readFile(path.join(PROJECT_ROOT, 'glossary.yaml'), 'utf8')), 'glossary.yaml');
    const translation = await validator('translation.schema.json');
    const memory = await validator('memory.schema.json');
    const files = await yamlFiles(path.join(PROJECT_ROOT, 'translations'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const isMemory = path.basename(path.dirname(file)) === 'memory';
      expectValid(isMemory ? memory : translation, parse(await readFile(file, 'utf8')), path.relative(PROJECT_ROOT, file));
    }
    const config = await validator('dolmetsch.config.schema.json');
    expectValid(config, parse(await readFile(new URL('./fixtures/full.dolmetsch.config.yaml', import.meta.url), 'utf8')), 'full config');
    expectValid(config, parse('# only comments\n'), 'empty config');
  });

  it('the config schema refuses what the reader refuses: an unknown key, a wrong type, a value out of range', async () => {
    const config = await validator('dolmetsch.config.schema.json');
    for (const bad of ['translate: { concurency: 4 }', 'translate: { concurrency: four }', 'languages: { en: { translation_memory_threshold: 120 } }', 'languages: { english: {} }', 'languages: { fr: { english: 1 } }', 'publish: { drafts: "yes" }']) {
      expect(config(parse(bad)), bad).toBe(false);
    }
  });
});

function findProviderExamples(schema: unknown): unknown {
  const found: unknown[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, { examples?: unknown }> }).properties;
    if (properties?.provider?.examples) found.push(properties.provider.examples);
    for (const value of Object.values(node)) visit(value);
  };
  visit(schema);
  return found[0];
}
