/** `dolmetsch publish`: pages, i18next bundles and review pages into dist/. */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { TARGET_LANGUAGES, type TargetLanguage } from '../core/translation.ts';
import { loadArticles, publishArticles } from '../publish/index.ts';
import { writeFilesAtomic } from '../store/index.ts';
import { parseCommandArgs, UsageError } from './args.ts';
import { EXIT, type Command } from './io.ts';
import { stopIfInterrupted, unlessInterrupted } from './interrupt.ts';
import { prepareOutputFolder, writeFailed } from './output-path.ts';

export const PUBLISH_HELP = `Usage: dolmetsch publish [paths…] [options]

Writes, for every article in source/:
  dist/<lang>/<slug>.html and .md     the article in German (de) and each target language
  dist/locales/<lang>/<slug>.json     the content as an i18next v4 resource (namespace = slug, fallbackLng: de)
  dist/review/<slug>.html             DE | EN | KO side by side, sentence by sentence, for reviewers

An article is published in a language only when every segment is "edited" or "reviewed"; other articles are
listed and skipped (their old pages in dist/<lang>/ are removed). With --drafts they are published anyway, the
machine text visibly marked as not yet reviewed.

Arguments:
  paths…               source files or folders (default: all of source/)

Options:
  --drafts             also publish articles with machine, new or stale segments, marked as unreviewed
  --to LANGS           target languages, comma-separated (default: en,ko)
  --out DIR            output folder (default: dist)
  --format FORMAT      text (default) or json: how the summary is printed
  -h, --help           show this help

Exit codes: 0 done (skipped articles are not an error) · 2 bad input

Examples:
  npm run publish
  npm run publish -- --drafts --to ko
  npm run publish -- source/kim-russland.md --out public
`;

export const publishCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    drafts: { type: 'boolean' },
    to: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(PUBLISH_HELP);
    return EXIT.ok;
  }
  const format = textOrJson(values.format);
  const languages = parseLanguages(values.to, '--to');
  const out = path.resolve(io.cwd, values.out ?? 'dist');
  await prepareOutputFolder('--out', values.out ?? 'dist', out, 'dist');
  const { articles, glossary } = await unlessInterrupted(io, loadArticles(io.cwd, positionals, languages));
  const drafts = values.drafts ?? false;
  const result = publishArticles(articles, { languages, drafts, glossary });
  stopIfInterrupted(io);

  await writeFilesAtomic(result.files.map((file) => ({ path: path.join(out, file.path), text: file.text }))).catch((error: unknown) => {
    throw writeFailed('--out', values.out ?? 'dist', error);
  });
  for (const skipped of result.skipped) {
    for (const file of [`${skipped.language}/${skipped.slug}.html`, `${skipped.language}/${skipped.slug}.md`, `locales/${skipped.language}/${skipped.slug}.json`]) {
      await rm(path.join(out, file), { force: true });
    }
  }

  if (format === 'json') {
    io.stdout(`${JSON.stringify({ out: path.relative(io.cwd, out) || '.', drafts, published: result.published, skipped: result.skipped, files: result.files.map((file) => file.path) }, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines = result.published.map((page) => `  ${page.language}  ${page.slug}  (${page.status})`);
  const skippedLines = result.skipped.map((skip) =>
    `  ${skip.language}  ${skip.slug}  not published: ${Object.entries(skip.unfinished).map(([status, count]) => `${count} ${status}`).join(', ')}`);
  io.stdout(`Published ${result.published.length} page(s) to ${path.relative(io.cwd, out) || '.'}/:\n${lines.join('\n')}\n`
    + (skippedLines.length > 0 ? `Skipped (review the segments, or publish with --drafts):\n${skippedLines.join('\n')}\n` : '')
    + `Review pages: ${articles.map((article) => `${path.relative(io.cwd, out) || '.'}/review/${article.document.slug}.html`).join(', ') || 'none'}\n`);
  return EXIT.ok;
};

export function textOrJson(value: string | undefined): 'text' | 'json' {
  const format = value ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format is text or json, not "${format}".`);
  return format;
}

export function parseLanguages(value: string | undefined, flag: string): TargetLanguage[] {
  if (value === undefined) return [...TARGET_LANGUAGES];
  const languages = value.split(',').map((part) => part.trim()).filter(Boolean);
  for (const language of languages) {
    if (!TARGET_LANGUAGES.includes(language as TargetLanguage)) {
      throw new UsageError(`${flag}: "${language}" is not a target language; use ${TARGET_LANGUAGES.join(', ')}.`);
    }
  }
  if (languages.length === 0) throw new UsageError(`${flag} needs at least one language, e.g. ${flag} en,ko.`);
  return [...new Set(languages)] as TargetLanguage[];
}
