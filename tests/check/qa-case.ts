/** Runs the real check on one segment (German, target) with the fixture glossary: the rule ids it reports. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCheck } from '../../src/check/index.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { loadGlossary } from '../../src/glossary/index.ts';
import { parseTranslationFile } from '../../src/store/index.ts';

const glossaryText = readFileSync(fileURLToPath(new URL('fixtures/empty-target/pass/glossary.yaml', import.meta.url)), 'utf8');
const glossary = loadGlossary(glossaryText, 'glossary.yaml');

export function checkSegment(language: 'en' | 'ko', source: string, target: string, status = 'reviewed'): Diagnostic[] {
  const text = [
    'article: bericht',
    `language: ${language}`,
    'source: source/bericht.md',
    'segments:',
    '  - id: s01',
    `    source: ${JSON.stringify(source)}`,
    `    target: ${JSON.stringify(target)}`,
    `    status: ${status}`,
    '',
  ].join('\n');
  const file = parseTranslationFile(text, `translations/${language}/bericht.yaml`);
  return runCheck({ glossary, files: [file] }).diagnostics;
}

export const rulesFound = (language: 'en' | 'ko', source: string, target: string, rule: string): string[] =>
  checkSegment(language, source, target)
    .filter((d) => d.ruleId === rule)
    .map((d) => d.message);
