/**
 * `.dolmetsch/glossary.json`: the glossary as last loaded (src/glossary/snapshot.ts), keyed by the hash of the bytes
 * it was loaded from and the tool that loaded it. A run that needs a few terms takes it instead of parsing
 * glossary.yaml again. Only an optimisation, never trusted over the file: other bytes, another build, or a file that
 * does not read as a snapshot mean glossary.yaml is loaded (and the snapshot written again at the end of the run).
 * Apart from cache.json, so a run that needs no term never reads it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glossaryFromSnapshot, type Glossary, type GlossarySnapshot } from '../../glossary/index.ts';
import { writeFileAtomic } from '../../store/index.ts';

export const KEPT_GLOSSARY_FILE = '.dolmetsch/glossary.json';
/** Bump when the glossary's model changes shape or meaning. */
const VERSION = 'dolmetsch-glossary-1';

export interface KeptGlossary {
  hash: string;
  snapshot: GlossarySnapshot;
}

/** The glossary kept for exactly these bytes (`hash`) by this tool, else undefined. */
export function readKeptGlossary(root: string, tool: string, hash: string, glossaryPath: string, loadFull: () => Glossary): Glossary | undefined {
  let data: { version?: unknown; tool?: unknown; hash?: unknown; snapshot?: unknown };
  try {
    data = JSON.parse(readFileSync(path.join(root, KEPT_GLOSSARY_FILE), 'utf8')) as typeof data;
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || data.version !== VERSION || data.tool !== tool || data.hash !== hash) return undefined;
  return glossaryFromSnapshot(glossaryPath, data.snapshot, loadFull);
}

export async function writeKeptGlossary(root: string, tool: string, kept: KeptGlossary): Promise<void> {
  await writeFileAtomic(path.join(root, KEPT_GLOSSARY_FILE), `${JSON.stringify({ version: VERSION, tool, hash: kept.hash, snapshot: kept.snapshot })}\n`);
}
