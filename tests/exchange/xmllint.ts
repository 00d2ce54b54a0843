/** Validates XML with xmllint against the schemas in ./schemas (see schemas/README.md for where they come from). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingDependency } from '../helpers/system-dependencies.ts';

const SCHEMAS = fileURLToPath(new URL('./schemas', import.meta.url));

export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint) missingDependency('xmllint (schema validation of the exports)', 'libxml2-utils');

export type Grammar = 'xliff2' | 'xliff1' | 'tmx';

/** undefined when valid, else xmllint's messages. */
export function validate(xml: string, grammar: Grammar): string | undefined {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dolmetsch-xml-')), 'doc.xml');
  writeFileSync(file, xml);
  const args =
    grammar === 'tmx'
      ? ['--noout', '--nonet', '--path', SCHEMAS, '--dtdvalid', path.join(SCHEMAS, 'tmx14.dtd'), file]
      : ['--noout', '--nonet', '--schema', path.join(SCHEMAS, grammar === 'xliff2' ? 'xliff_core_2.0.xsd' : 'xliff-core-1.2-strict.xsd'), file];
  try {
    execFileSync('xmllint', args, { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}
