/** The README's "Configuration" table and the config schema name the same keys, so the two never disagree. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.ts';
import { loadSchema, type Schema } from '../helpers/schemas.ts';

/** Every key of the schema as a dotted path; the keys of a per-language mapping become `<lang>`. */
function keyPaths(schema: Schema, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const name = `${prefix}${key}`;
    if (prefix.endsWith('languages.')) {
      paths.push(...keyPaths(child, `${prefix.slice(0, -'languages.'.length)}languages.<lang>.`));
      continue;
    }
    paths.push(name);
    if (child.properties) paths.push(...keyPaths(child, `${name}.`));
    // A mapping of names the file chooses (style_rules): its entries' keys as `<name>.key`.
    const named = child.additionalProperties;
    if (typeof named === 'object' && named.properties) paths.push(...keyPaths(named, `${name}.<name>.`));
  }
  return [...new Set(paths)];
}

describe('README Configuration section', () => {
  it('lists every key of the config schema, and no other', async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.split('\n## Configuration\n')[1]!.split('\n## ')[0]!;
    const documented = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
    const inSchema = keyPaths(await loadSchema('dolmetsch.config.schema.json'));
    expect(inSchema).toContain('languages.<lang>.model_type');
    expect([...documented].sort()).toEqual([...inSchema].sort());
  });
});
