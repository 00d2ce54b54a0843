/** `dolmetsch publish`: pages, i18next bundles and review pages into dist/. */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnosticLine, type Diagnostic } from '../core/diagnostic.ts';
import { checkGate, findArticleNames, publishArticles, type PublishResult, type RefusedArticle } from '../publish/index.ts';
import { writeFilesAtomic } from '../store/index.ts';
import { parseCommandArgs, textOrJson, UsageError } from './args.ts';
import { parseLanguages, projectLanguages } from './languages.ts';
import { EXIT, type Command } from './io.ts';
import { stopIfInterrupted, unlessInterrupted } from './interrupt.ts';
import { prepareOutputFolder, writeFailed } from './output-path.ts';
import { loadProjectWorkspace, openProject, unreadableReport } from './project.ts';

export const PUBLISH_HELP = `Usage: dolmetsch publish [paths…] [options]

Writes, for every article in source/:
  dist/<lang>/<slug>.html and .md     the article in German (de) and each target language
  dist/locales/<lang>/<slug>.json     the content as an i18next v4 resource (namespace = slug, fallbackLng: de)
  dist/review/<slug>.html             DE | EN | KO side by side, sentence by sentence, for reviewers

An article is published in a language only when every segment is "edited" or "reviewed" and \`dolmetsch check\`
finds no error in its translation file; other articles are listed and skipped (their old pages in dist/<lang>/ are
removed). With --drafts they are published anyway, the machine text visibly marked as not yet reviewed.

Arguments:
  paths…               source files or folders (default: all of source/)

Options:
  --drafts             also publish articles with machine, new or stale segments, marked as unreviewed,
                       and articles with check errors
  --to LANGS           target languages, comma-separated (default: en,ko, or languages in dolmetsch.config.yaml)
  --out DIR            output folder (default: dist, or publish.out in dolmetsch.config.yaml)
  --format FORMAT      text (default) or json: how the summary is printed
  -h, --help           show this help

Exit codes: 0 done (articles skipped as unreviewed are not an error) · 1 an article refused for check errors
            · 2 bad input (a file that cannot be read: the other articles are published, its article is not)

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
  const given = parseLanguages(values.to, '--to');
  const project = await openProject(io);
  const languages = projectLanguages(project.config, given, '--to');
  const outGiven = values.out ?? project.config.publish.out;
  const out = values.out !== undefined ? project.resolve(values.out) : path.join(project.root, project.config.publish.out);
  await prepareOutputFolder('--out', outGiven, out, 'dist');
  const { articles, glossary, unreadable } = await unlessInterrupted(io, loadProjectWorkspace(project, positionals, languages));
  const drafts = values.drafts ?? project.config.publish.drafts;
  // Names outside the glossary are found once: the check's term-inconsistent rule and the review page share them.
  const terms = findArticleNames(articles, glossary, languages);
  const gate = checkGate(glossary, articles.flatMap((article) => Object.values(article.parsed)), languages, terms);
  const result = publishArticles(articles, { languages, drafts, glossary, layout: project.config, checkErrors: gate.errorsOf, checkFindings: gate.findingsOf, terms });
  stopIfInterrupted(io);

  await writeFilesAtomic(result.files.map((file) => ({ path: path.join(out, file.path), text: file.text }))).catch((error: unknown) => {
    throw writeFailed('--out', outGiven, error);
  });
  // A page that may not be published now must not stay online from an earlier run.
  for (const { slug, language } of [...result.skipped, ...result.refused]) {
    for (const file of [`${language}/${slug}.html`, `${language}/${slug}.md`, `locales/${language}/${slug}.json`]) {
      await rm(path.join(out, file), { force: true });
    }
  }
  io.stderr(unreadableReport(unreadable, 'their articles were not published in those languages, and their pages were left as they were.'));
  const code = unreadable.length > 0 ? EXIT.badInput : result.refused.length > 0 ? EXIT.findings : EXIT.ok;

  if (format === 'json') {
    io.stdout(`${JSON.stringify({
      out: project.shown(out), drafts, published: result.published, skipped: result.skipped, refused: result.refused,
      publishedWithErrors: result.publishedWithErrors, checkErrorsElsewhere: gate.elsewhere, unreadable, files: result.files.map((file) => file.path),
    }, null, 2)}\n`);
    return code;
  }
  io.stdout(publishReport(result, gate.elsewhere, project.shown(out)));
  return code;
};

function publishReport(result: PublishResult, elsewhere: readonly Diagnostic[], out: string): string {
  const lines = [`Published ${result.published.length} page(s) to ${out}/:`, ...result.published.map((page) => `  ${page.language}  ${page.slug}  (${page.status})`)];
  if (result.skipped.length > 0) {
    lines.push('Skipped (review the segments, or publish with --drafts):');
    for (const skip of result.skipped) {
      lines.push(`  ${skip.language}  ${skip.slug}  not published: ${Object.entries(skip.unfinished).map(([status, count]) => `${count} ${status}`).join(', ')}`);
    }
  }
  const listErrors = (items: readonly RefusedArticle[]) =>
    items.flatMap((item) => [`  ${item.language}  ${item.slug}  ${item.errors.length} check error(s):`, ...item.errors.map((d) => `    ${formatDiagnosticLine(d).replace(/\n/g, '\n    ')}`)]);
  if (result.refused.length > 0) {
    lines.push('Refused: `dolmetsch check` finds errors in them (fix them, suppress them with a reason, or publish with --drafts):', ...listErrors(result.refused));
  }
  if (result.publishedWithErrors.length > 0) lines.push('Published as drafts although `dolmetsch check` finds errors in them:', ...listErrors(result.publishedWithErrors));
  if (elsewhere.length > 0) {
    lines.push('`dolmetsch check` also finds errors outside the translation files (they refuse no article):', ...elsewhere.map((d) => `  ${formatDiagnosticLine(d).replace(/\n/g, '\n  ')}`));
  }
  const reviewPages = result.files.filter((file) => file.path.startsWith('review/')).map((file) => `${out}/${file.path}`);
  lines.push(`Review pages: ${reviewPages.join(', ') || 'none'}`);
  return `${lines.join('\n')}\n`;
}


