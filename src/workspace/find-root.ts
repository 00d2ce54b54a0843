/**
 * The project root: the nearest folder, from where a command starts upwards, that holds `dolmetsch.config.yaml`;
 * without one above, the nearest that holds `glossary.yaml`. A command run from `translations/en/` works on the whole project, as git does.
 * The start folder comes from the caller; the library never reads the process's working directory.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/diagnostic.ts';
import { GLOSSARY_FILE, SOURCE_DIR } from './layout.ts';

export const CONFIG_FILE = 'dolmetsch.config.yaml';
const HOW_TO_START = `A dolmetsch project is a folder with ${GLOSSARY_FILE} at its root (\`version: 1\` and \`entries: []\` are enough to start), source/ for the German articles and translations/ for the results.`;

export async function findProjectRoot(start: string): Promise<string> {
  const from = path.resolve(start);
  // A folder with source/ but no marker, on the way up: most likely a project whose glossary is missing.
  let withoutGlossary: string | undefined;
  let nearestGlossary: string | undefined;
  for (let folder = from; ; folder = path.dirname(folder)) {
    const [glossary, config] = await Promise.all([isFile(path.join(folder, GLOSSARY_FILE)), isFile(path.join(folder, CONFIG_FILE))]);
    // A config names the glossary's place itself (it may be elsewhere, e.g. redaktion/glossary.yaml, which must not
    // make redaktion/ a project of its own); the loaders say so if the glossary is missing there.
    if (config) return folder;
    if (glossary) nearestGlossary ??= folder;
    if (nearestGlossary === undefined && withoutGlossary === undefined && (await isDirectory(path.join(folder, SOURCE_DIR)))) withoutGlossary = folder;
    if (path.dirname(folder) === folder) break;
  }
  if (nearestGlossary !== undefined) return nearestGlossary;
  if (withoutGlossary !== undefined) throw missingGlossary(withoutGlossary, `it has ${SOURCE_DIR}/`);
  throw new InputError([
    {
      ruleId: 'project-root',
      severity: 'error',
      file: from,
      message: `not inside a dolmetsch project: no ${GLOSSARY_FILE} (or ${CONFIG_FILE}) in ${from} or any folder above it`,
      hint: `Run the command inside a project, or make this folder one with \`dolmetsch init\`. ${HOW_TO_START}`,
    },
  ]);
}

function missingGlossary(folder: string, evidence: string): InputError {
  return new InputError([
    {
      ruleId: 'glossary-missing',
      severity: 'error',
      file: path.join(folder, GLOSSARY_FILE),
      message: `${folder} looks like a dolmetsch project (${evidence}) but has no ${GLOSSARY_FILE}`,
      hint: `Restore ${GLOSSARY_FILE} (e.g. git checkout -- ${GLOSSARY_FILE}), or create one. ${HOW_TO_START}`,
    },
  ]);
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

async function isDirectory(folder: string): Promise<boolean> {
  return (await stat(folder).catch(() => undefined))?.isDirectory() ?? false;
}
