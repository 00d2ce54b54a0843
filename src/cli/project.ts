/** The project a command works on: its root, found upwards from where the person stands. */
import { toolFingerprint } from './version.ts';
import path from 'node:path';
import { formatDiagnosticLine, type Diagnostic } from '../core/diagnostic.ts';
import { readProjectConfig, type Config } from '../config/index.ts';
import { restoreSetAside } from '../store/index.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { learnedAbbreviations } from '../pipeline/survey/learned-abbreviations.ts';
import { findProjectRoot, loadWorkspace, type Workspace } from '../workspace/index.ts';
import type { CliIO } from './io.ts';

export interface Project {
  root: string;
  /** dolmetsch.config.yaml, normalised; the defaults when the project has none. */
  config: Config;
  /** Where the command was started: paths on the command line are relative to it. */
  from: string;
  /** A path given on the command line, as an absolute path. */
  resolve(given: string): string;
  /** An absolute path as the person standing in `from` would type it. */
  shown(absolute: string): string;
}

/** `restore: false` for a translate run that writes: translateRun puts set-aside files back itself, under its lock. */
export async function openProject(io: CliIO, { restore = true }: { restore?: boolean } = {}): Promise<Project> {
  const from = path.resolve(io.cwd);
  const root = await findProjectRoot(from);
  const config = await readProjectConfig(root);
  // A run killed in the moment between moving a translation file aside and putting the new one in place left it
  // under its aside name: every command puts it back first, or check would pass over a file it cannot see.
  if (restore) await restoreSetAside(path.join(root, config.translationsDir));
  // The same for the glossary (`terms --write` replaces it the same way); only its own folder, not below it.
  await restoreSetAside(path.dirname(path.join(root, config.glossaryFile)), { recursive: false });
  return {
    root,
    config,
    from,
    resolve: (given) => path.resolve(from, given),
    shown: (absolute) => {
      const relative = path.relative(from, absolute);
      return relative.startsWith('..') ? absolute : relative.split(path.sep).join('/') || '.';
    },
  };
}

/** The workspace a command reads, segmented with the abbreviations learned from every source, as translate does. */
export async function loadProjectWorkspace(project: Project, paths: readonly string[], languages?: readonly TargetLanguage[]): Promise<Workspace> {
  const { config } = project;
  return loadWorkspace(project.root, paths, languages ?? config.languages, project.from, await learnedAbbreviations(project.root, config, toolFingerprint()), config);
}

/** Files that could not be read: each with its place and fix, and what that meant for the run. */
export function unreadableReport(diagnostics: readonly Diagnostic[], consequence: string): string {
  if (diagnostics.length === 0) return '';
  const files = new Set(diagnostics.map((d) => d.file)).size;
  return `${diagnostics.map(formatDiagnosticLine).join('\n')}\n\n${files} file(s) could not be read: ${consequence} Fix the problem(s) above and run again (exit 2).\n`;
}
