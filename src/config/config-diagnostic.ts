/**
 * A problem found later than loading (a provider that cannot translate a configured language), pointed at the
 * key it is about in dolmetsch.config.yaml, with the same file:line:col every config diagnostic has.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.ts';
import { diagnosticAt } from '../store/yaml-position.ts';
import { readOptional } from '../workspace/layout.ts';
import { decodeUtf8 } from '../workspace/read-files.ts';
import { CONFIG_FILE } from './config.ts';

export async function configDiagnostic(root: string, keys: readonly string[], what: { ruleId: string; message: string; hint: string }): Promise<Diagnostic> {
  const bytes = await readOptional(root, CONFIG_FILE);
  if (bytes === undefined) return { ...what, severity: 'error', file: CONFIG_FILE };
  const lines = new LineCounter();
  const document = parseDocument(decodeUtf8(CONFIG_FILE, bytes).replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: false });
  const parent = document.getIn(keys.slice(0, -1), true) as Node | undefined;
  const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === keys.at(-1)) : undefined;
  const key = pair?.key as Node | undefined;
  return key?.range ? diagnosticAt(CONFIG_FILE, lines, key.range, what) : { ...what, severity: 'error', file: CONFIG_FILE };
}
