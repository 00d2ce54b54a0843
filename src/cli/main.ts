/** `dolmetsch <command>`: the only place that prints or decides the exit code. */
import { InputError, formatDiagnosticLine } from '../core/diagnostic.ts';
import { RunLockedError } from '../pipeline/run-lock.ts';
import { ProviderError } from '../providers/types.ts';
import { UsageError } from './args.ts';
import { closestKey } from '../store/closest-key.ts';
import { exitCodesHelp } from './exit-codes.ts';
import { packageVersion } from './version.ts';
import { InterruptedError } from './interrupt.ts';
import { EXIT, type CliIO, type Command } from './io.ts';

/** What a command does when SIGINT/SIGTERM arrives, told to the person who pressed Ctrl-C. */
const STOPPING: Record<string, string> = {
  translate: 'finishing the requests in flight and writing what has arrived…',
  import: 'stopping; no translation file is changed unless the writing has begun…',
};
const STOPPING_DEFAULT = 'stopping; nothing more is written…';

// Each command's module is imported only when that command runs: `--help` and `--version` load none of them, and
// no command pays for another's dependencies (yaml, micromark, deepl-node with axios, i18next).
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  init: { load: async () => (await import('./init.ts')).initCommand, summary: 'make this folder a dolmetsch project: config, glossary, an example article, a CI workflow' },
  translate: { load: async () => (await import('./translate.ts')).translateCommand, summary: 'translate new and changed German sentences into translations/<lang>/' },
  check: { load: async () => (await import('./check.ts')).checkCommand, summary: 'check translations against glossary.yaml and each other (CI: exit 1 on errors)' },
  publish: { load: async () => (await import('./publish.ts')).publishCommand, summary: 'write pages, i18next bundles and review pages to dist/ (reviewed articles; --drafts for all)' },
  status: { load: async () => (await import('./status.ts')).statusCommand, summary: 'table of articles × languages: segments per status, percent reviewed' },
  export: { load: async () => (await import('./export.ts')).exportCommand, summary: 'export translations as XLIFF 2.1, XLIFF 1.2 or TMX 1.4 for CAT tools' },
  import: { load: async () => (await import('./import.ts')).importCommand, summary: 'bring an edited XLIFF/TMX file back into translations/<lang>/' },
  segment: { load: async () => (await import('./segment.ts')).segmentCommand, summary: 'the sentences of one source file; --explain: why each boundary is or is not one' },
  terms: { load: async () => (await import('./terms.ts')).termsCommand, summary: 'names the glossary lacks, with English/Korean forms from the translations; --write proposes them' },
  deepl: { load: async () => (await import('./deepl.ts')).deeplCommand, summary: 'DeepL account: list style rules and translation memories, create style rules from the config' },
};

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return `dolmetsch — German newsroom articles into aligned, reviewable English and Korean translations

Usage: dolmetsch <command> [options]     (npm run <command> -- [options])

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     this help (\`dolmetsch help <command>\` or \`dolmetsch <command> --help\`: that command's options and examples)
  -v, --version  the version of dolmetsch

${exitCodesHelp()}`;
}

/** Runs one command with the given io; never throws for expected failures. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let [name, ...rest] = argv;
  // The version and the general help are fixed texts: printed before the redactor loads the provider registry
  // (and with it every provider's client), which would triple the start-up time of `--help`.
  if (name === '--version' || name === '-v') {
    io.stdout(`dolmetsch ${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && rest[0] === undefined)) {
    io.stdout(mainHelp());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const { secretRedactor } = await import('./redact.ts');
  const redact = secretRedactor(io.env);
  const safeIO: CliIO = { ...io, stdout: (text) => io.stdout(redact(text)), stderr: (text) => io.stderr(redact(text)) };
  if (name === 'help') [name, rest] = [rest[0]!, ['--help']];
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const meant = closestKey(name, Object.keys(COMMANDS));
    const guess = meant === undefined ? '' : ` — did you mean "${meant}"?`;
    safeIO.stderr(`dolmetsch: unknown command "${name}"${guess}\n\n${mainHelp()}`);
    return EXIT.badInput;
  }
  try {
    // translate loads micromark only once an article needs work (its no-op run never does); other commands up front.
    if (name !== 'translate') await (await import('../source/markdown-parser.ts')).loadMarkdownParser();
    return await (await command.load())(rest, safeIO);
  } catch (error) {
    if (error instanceof InputError) {
      safeIO.stderr(`${error.diagnostics.map(formatDiagnosticLine).join('\n')}\n\nNothing was written. Fix the problem(s) above and run again.\n`);
      return EXIT.badInput;
    }
    if (error instanceof UsageError) {
      safeIO.stderr(`dolmetsch ${name}: ${error.message}\nRun \`dolmetsch ${name} --help\` for the options.\n`);
      return EXIT.badInput;
    }
    if (error instanceof InterruptedError) {
      safeIO.stderr(`dolmetsch ${name}: stopped by ${error.signal}; nothing was written after it.\n`);
      return error.signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
    }
    if (error instanceof RunLockedError) {
      safeIO.stderr(`dolmetsch ${name}: ${error.message}\n`);
      return EXIT.locked;
    }
    if (error instanceof ProviderError) {
      safeIO.stderr(`dolmetsch ${name}: ${error.message}\n`);
      return error.kind === 'config' || error.kind === 'auth' ? EXIT.badInput : EXIT.unavailable;
    }
    safeIO.stderr(`dolmetsch ${name}: internal error (a bug — please report it):\n${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.badInput;
  }
}

/** Once the stream has written out what it queued, or cannot any more (closed, failed, its reader gone). */
function drained(stream: NodeJS.WriteStream, readerGone: () => boolean): Promise<void> {
  if (readerGone() || !stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    stream.on('drain', done).on('close', done).on('error', done);
  });
}

/** Entry point for bin/dolmetsch.js: real process streams, signals turned into an AbortSignal. */
export async function main(argv: string[]): Promise<number> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted);
    process.stderr.write(`\n${signal}: ${Object.hasOwn(STOPPING, argv[0] ?? '') ? STOPPING[argv[0]!] : STOPPING_DEFAULT} (again to quit at once)\n`);
    controller.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A reader that stopped early (`dolmetsch segment … | head`) is not an error of the command: what it no longer
  // reads is dropped, and the command finishes its work (a translate run never stops halfway for it).
  let readerGone = false;
  const onStdoutError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  };
  process.stdout.on('error', onStdoutError);
  try {
    const code = await run(argv, {
      stdout: (text) => void (readerGone || process.stdout.write(text)),
      stdoutDrained: () => drained(process.stdout, () => readerGone),
      stderr: (text) => process.stderr.write(text),
      env: process.env,
      cwd: process.cwd(),
      isTTY: process.stderr.isTTY === true && process.env.CI !== 'true',
      signal: controller.signal,
    });
    // Reading the command left behind (a slow disk, a pipe) must not keep a stopped process alive.
    if (controller.signal.aborted) setTimeout(() => process.exit(code), 1000).unref();
    return code;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    // onStdoutError stays: writes still buffered after the command fail with EPIPE once the reader has gone.
  }
}
