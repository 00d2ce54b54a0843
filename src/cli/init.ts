/** `dolmetsch init [folder]`: a new project that `dolmetsch translate` works in at once. */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFileAtomic, writeFilesAtomic } from '../store/index.ts';
import { parseCommandArgs, UsageError } from './args.ts';
import { GITIGNORE_LINES, initFiles } from './init-files.ts';
import { EXIT, type Command } from './io.ts';
import { DEFAULT_CHOICE } from '../providers/registry.ts';
import { realRunCommand } from './translate-help.ts';

export const INIT_HELP = `Usage: dolmetsch init [folder]

Makes the folder (default: the current one) a dolmetsch project:
  dolmetsch.config.yaml            settings, every default written out
  glossary.yaml                    an empty glossary with one example entry in comments
  source/beispiel.md               an example article
  .github/workflows/dolmetsch.yml  dolmetsch check on every push and pull request
  .gitignore                       .dolmetsch/ and dist/ added (the file is created or appended to)
The YAML files name the JSON Schemas shipped with dolmetsch (\`# yaml-language-server: $schema=…\`), so VS Code
with the YAML extension completes and checks them.

Nothing is overwritten: if any of these files exists, init lists it and writes nothing (exit 2).

Options:
  -h, --help           show this help

Examples:
  dolmetsch init && dolmetsch translate --provider pseudo
  dolmetsch init newsroom
`;

const SCHEMAS_DIR = fileURLToPath(new URL('../../schemas', import.meta.url));

export const initCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(INIT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`init takes one folder, not ${positionals.length}.`);
  const root = path.resolve(io.cwd, positionals[0] ?? '.');
  const files = initFiles(schemaReference(root));
  const existing = (await Promise.all(files.map(async (file) => ((await exists(path.join(root, file.path))) ? file.path : undefined)))).filter(
    (file): file is string => file !== undefined,
  );
  if (existing.length > 0) {
    io.stderr(`dolmetsch init: ${root} already has ${existing.join(', ')}; nothing was written.\n` +
      '  fix: init never overwrites a file; move these away (or run init in an empty folder) and run it again.\n');
    return EXIT.badInput;
  }
  await writeFilesAtomic(files.map((file) => ({ path: path.join(root, file.path), text: file.text })));
  const gitignore = path.join(root, '.gitignore');
  const before = await readFile(gitignore, 'utf8').catch(() => '');
  const present = new Set(before.split(/\r?\n/).map((line) => line.trim()));
  const missing = GITIGNORE_LINES.filter((line) => !present.has(line) && !present.has(`/${line}`));
  if (missing.length > 0) await writeFileAtomic(gitignore, `${before}${before === '' || before.endsWith('\n') ? '' : '\n'}${missing.join('\n')}\n`);

  const shown = path.relative(io.cwd, root) || '.';
  io.stdout(`Created a dolmetsch project in ${shown}:\n${files.map((file) => `  ${file.path}\n`).join('')}` +
    `  .gitignore (${missing.length > 0 ? `added ${missing.join(', ')}` : 'already complete'})\n\n` +
    `Next: ${shown === '.' ? '' : `cd ${shown} && `}dolmetsch translate --provider ${DEFAULT_CHOICE.preview.name}   (a preview; ${realRunCommand()} for real)\n`);
  return EXIT.ok;
};

/** The shipped schemas as the project's files name them: relative when dolmetsch is installed inside it. */
function schemaReference(root: string): string {
  const relative = path.relative(root, SCHEMAS_DIR);
  return relative.startsWith('..') || path.isAbsolute(relative) ? pathToFileURL(SCHEMAS_DIR).href : `./${relative.split(path.sep).join('/')}`;
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(() => true, () => false);
}
