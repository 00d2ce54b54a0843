/**
 * Validates XML with xmllint against the official XLIFF 1.2 / 2.1 schemas and the TMX 1.4 DTD, read where the
 * workplace keeps them (`../shared/schemas/` beside the repository; see its README for where they come from).
 * No copies here: a copy can drift from the published text without anyone noticing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MissingSystemDependency, SETUP_COMMAND } from '../helpers/system-dependencies.ts';

const SCHEMAS = fileURLToPath(new URL('../../../shared/schemas/', import.meta.url));

export type Grammar = 'xliff2' | 'xliff1' | 'tmx';

const GRAMMAR_FILES: Record<Grammar, string> = {
  xliff2: path.join(SCHEMAS, 'xliff-2.1', 'xliff_core_2.0.xsd'),
  xliff1: path.join(SCHEMAS, 'xliff-core-1.2-strict.xsd'),
  tmx: path.join(SCHEMAS, 'tmx14.dtd'),
};
const CATALOG = path.join(SCHEMAS, 'catalog.xml');

/** Why validation cannot run here, or undefined when it can. */
export const validationMissing: string | undefined = (() => {
  if (spawnSync('xmllint', ['--version']).status !== 0) return 'xmllint not found (apt-get install -y libxml2-utils)';
  const absent = [...Object.values(GRAMMAR_FILES), CATALOG].filter((file) => !existsSync(file));
  return absent.length > 0 ? `official schemas not found: ${absent.join(', ')} (the workplace's shared/schemas/ beside the repository)` : undefined;
})();

// A validator that cannot run fails the test files that validate, never a silent or a loud skip.
if (validationMissing !== undefined) {
  const fix = validationMissing.startsWith('xmllint') ? `\`${SETUP_COMMAND}\` installs xmllint` : 'the official schemas are read from ../shared/schemas beside the repository, never copied into it';
  throw new MissingSystemDependency(`cannot validate exports: ${validationMissing} (${fix})`);
}

/** undefined when valid, else xmllint's messages. Throws when validation cannot run at all. */
export function validate(xml: string, grammar: Grammar): string | undefined {
  if (validationMissing !== undefined) throw new Error(`cannot validate exports: ${validationMissing}`);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dolmetsch-xml-')), 'doc.xml');
  writeFileSync(file, xml);
  const check = grammar === 'tmx' ? ['--dtdvalid', GRAMMAR_FILES.tmx] : ['--schema', GRAMMAR_FILES[grammar]];
  const result = spawnSync('xmllint', ['--noout', '--nonet', ...check, file], { env: { ...process.env, XML_CATALOG_FILES: CATALOG }, encoding: 'utf8' });
  if (result.status === 0) return undefined;
  // 3/4: the document is invalid; anything else (5: schema did not compile, a crash) must not pass as "invalid".
  if (result.status !== 3 && result.status !== 4) throw new Error(`xmllint failed (exit ${result.status}): ${result.stderr}`);
  // The TMX DOCTYPE names tmx14.dtd beside the document, which is absent; xmllint warns and validates anyway.
  return result.stderr.split('\n').filter((line) => line !== '' && !/failed to load external entity ".*tmx14\.dtd"/.test(line)).join('\n') || result.stderr;
}
