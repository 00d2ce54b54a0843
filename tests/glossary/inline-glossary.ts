/** Test helper: a glossary from the YAML of its entries only. */
import { loadGlossary } from '../../src/glossary/load.ts';
import type { Glossary } from '../../src/glossary/types.ts';

export function glossaryOf(entriesYaml: string): Glossary {
  return loadGlossary(`version: 1\nentries:\n${entriesYaml}`, 'test.yaml');
}

/** A minimal entry: id, German term and options, English and Korean preferred. */
export function entry(id: string, de: string, en: string, ko: string, extra = ''): string {
  return [
    `  - id: ${id}`,
    '    kind: place',
    `    de: ${de}`,
    `    en: ${en}`,
    `    ko: ${ko}`,
    ...(extra ? [extra.replace(/^/gm, '    ')] : []),
    '',
  ].join('\n');
}
