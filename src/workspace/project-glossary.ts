/** The project's glossary.yaml, read the same way by every command: required, UTF-8, validated. */
import { loadGlossary, type Glossary } from '../glossary/index.ts';
import { GLOSSARY_FILE, readOptional } from './layout.ts';
import { decodeUtf8, type InputProblems } from './read-files.ts';

export interface ProjectGlossary {
  /** Undefined when the file is missing or cannot be used; `problems` then says why. */
  glossary: Glossary | undefined;
  /** The file's bytes, for the run cache (undefined when missing). */
  bytes: Uint8Array | undefined;
}

export async function readProjectGlossary(root: string, problems: InputProblems): Promise<ProjectGlossary> {
  const bytes = await readOptional(root, GLOSSARY_FILE);
  if (bytes === undefined) {
    problems.diagnostics.push({
      ruleId: 'glossary-missing',
      severity: 'error',
      file: GLOSSARY_FILE,
      message: `${GLOSSARY_FILE} is missing: without it no name can be checked or kept consistent`,
      hint: `Restore it (e.g. git checkout -- ${GLOSSARY_FILE}); a new project starts with \`version: 1\` and \`entries: []\`.`,
    });
    return { glossary: undefined, bytes };
  }
  return { glossary: problems.attempt(() => loadGlossary(decodeUtf8(GLOSSARY_FILE, bytes), GLOSSARY_FILE)), bytes };
}
