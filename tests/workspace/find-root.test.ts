/** The project root is found upwards from where a command starts; outside a project, or without its glossary, a clear error. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostic.ts';
import { findProjectRoot } from '../../src/workspace/index.ts';

async function folder(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'dolmetsch-root-'));
}

async function refusal(start: string): Promise<InputError> {
  const error = await findProjectRoot(start).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('findProjectRoot', () => {
  it('finds the folder with glossary.yaml from any subfolder', async () => {
    const root = await folder();
    await writeFile(path.join(root, 'glossary.yaml'), 'version: 1\nentries: []\n');
    await mkdir(path.join(root, 'translations/en/2025'), { recursive: true });
    expect(await findProjectRoot(path.join(root, 'translations/en/2025'))).toBe(root);
    expect(await findProjectRoot(root)).toBe(root);
  });

  it('a config above wins over a glossary.yaml below it: the configured glossary in redaktion/ does not make redaktion/ a project', async () => {
    const root = await folder();
    await writeFile(path.join(root, 'dolmetsch.config.yaml'), 'glossary: redaktion/glossary.yaml\n');
    await mkdir(path.join(root, 'redaktion'));
    await writeFile(path.join(root, 'redaktion/glossary.yaml'), 'version: 1\nentries: []\n');
    expect(await findProjectRoot(path.join(root, 'redaktion'))).toBe(root);
  });

  it('outside any project: says so and how a project is made', async () => {
    const empty = await folder();
    const [problem] = (await refusal(empty)).diagnostics;
    expect(problem!.ruleId).toBe('project-root');
    expect(problem!.message).toContain(`not inside a dolmetsch project: no glossary.yaml (or dolmetsch.config.yaml) in ${empty}`);
    expect(problem!.hint).toContain('A dolmetsch project is a folder with glossary.yaml at its root');
    expect(problem!.hint).toContain('make this folder one with `dolmetsch init`');
  });

  it('a project whose glossary is missing (it has source/) is named as such; a config file makes its folder the root', async () => {
    const project = await folder();
    await mkdir(path.join(project, 'source'));
    await mkdir(path.join(project, 'translations/en'), { recursive: true });
    const [problem] = (await refusal(path.join(project, 'translations/en'))).diagnostics;
    expect(problem!.ruleId).toBe('glossary-missing');
    expect(problem!.file).toBe(path.join(project, 'glossary.yaml'));
    expect(problem!.message).toContain(`${project} looks like a dolmetsch project (it has source/) but has no glossary.yaml`);

    const configured = await folder();
    await writeFile(path.join(configured, 'dolmetsch.config.yaml'), '{}\n');
    // The config may put the glossary elsewhere (glossary: redaktion/glossar.yaml): the loaders name it when missing.
    expect(await findProjectRoot(configured)).toBe(configured);
  });
});
