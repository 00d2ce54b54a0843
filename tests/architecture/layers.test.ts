/**
 * The dependency direction of ARCHITECTURE.md, where it has gone wrong before: the glossary is below the providers
 * (providers receive its terms), so no glossary module may import one of theirs.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles, withoutComments } from './source-files.ts';

describe('layers', () => {
  it('nothing in src/glossary imports from src/providers (glossary types live in src/core)', async () => {
    const wrong = (await sourceFiles('src/glossary')).flatMap((file) =>
      importsOf(file.code)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => path.posix.join(path.posix.dirname(file.path), specifier))
        .filter((target) => target.startsWith('src/providers/'))
        .map((target) => `${file.path} imports ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('reads imports and strips comments the way the checks above rely on', () => {
    const code = withoutComments("// import x from '../providers/a.ts'\nimport type { A } from '../providers/types.ts';\nconst url = 'http://x'; /* 'memory' */\n");
    expect(importsOf(code)).toEqual(['../providers/types.ts']);
    expect(code).toContain("'http://x'");
    expect(code).not.toContain('memory');
  });
});
