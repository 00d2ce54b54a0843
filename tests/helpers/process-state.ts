/**
 * Keeps an in-process CLI run honest. A child process would show everything it printed, so whatever reaches the
 * process streams or the console during a run is added to the run's output (a key printed there must still fail the
 * secret checks). And a command may not change what belongs to the process (the environment, the working folder,
 * the exit code, signal handlers): in a child that would go unnoticed, in-process it would leak into later tests.
 */
interface Output {
  stdout: string;
  stderr: string;
}

type Write = typeof process.stdout.write;
const CONSOLE_TO_STDOUT = ['log', 'info', 'debug'] as const;
const CONSOLE_TO_STDERR = ['warn', 'error', 'trace'] as const;
const WATCHED_EVENTS = ['SIGINT', 'SIGTERM', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection'] as const;

const active = new Set<Output>();
let restore: (() => void) | undefined;

function capture(): () => void {
  const send = (stream: keyof Output, text: string) => {
    for (const output of active) output[stream] += text;
  };
  const streamWrite = (stream: keyof Output): Write =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      send(stream, typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as Write;
  const originalStdout = process.stdout.write;
  const originalStderr = process.stderr.write;
  const originalConsole = { ...console };
  process.stdout.write = streamWrite('stdout');
  process.stderr.write = streamWrite('stderr');
  const format = (args: unknown[]) => `${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' ')}\n`;
  for (const name of CONSOLE_TO_STDOUT) console[name] = (...args: unknown[]) => send('stdout', format(args));
  for (const name of CONSOLE_TO_STDERR) console[name] = (...args: unknown[]) => send('stderr', format(args));
  return () => {
    process.stdout.write = originalStdout;
    process.stderr.write = originalStderr;
    for (const name of [...CONSOLE_TO_STDOUT, ...CONSOLE_TO_STDERR]) console[name] = originalConsole[name];
  };
}

interface ProcessState {
  env: Record<string, string | undefined>;
  cwd: string;
  exitCode: string | number | null | undefined;
  listeners: Record<string, number>;
}

function processState(): ProcessState {
  return {
    env: { ...process.env },
    cwd: process.cwd(),
    exitCode: process.exitCode,
    listeners: Object.fromEntries(WATCHED_EVENTS.map((event) => [event, process.listenerCount(event)])),
  };
}

/** What changed, by name only: values of the environment may be keys. */
function changes(before: ProcessState, after: ProcessState): string[] {
  const found: string[] = [];
  for (const name of new Set([...Object.keys(before.env), ...Object.keys(after.env)])) {
    if (before.env[name] !== after.env[name]) found.push(`process.env.${name}`);
  }
  if (before.cwd !== after.cwd) found.push(`process.cwd() (${before.cwd} -> ${after.cwd})`);
  if (before.exitCode !== after.exitCode) found.push(`process.exitCode (${before.exitCode} -> ${after.exitCode})`);
  for (const event of WATCHED_EVENTS) {
    if (before.listeners[event] !== after.listeners[event]) found.push(`process '${event}' listeners (${before.listeners[event]} -> ${after.listeners[event]})`);
  }
  return found;
}

/** Starts adding process output to `output`; `stop()` ends that and throws if the run changed process state. */
export function watchProcessState(output: Output): { stop(): void } {
  const before = processState();
  if (active.size === 0) restore = capture();
  active.add(output);
  return {
    stop() {
      active.delete(output);
      if (active.size === 0) {
        restore?.();
        restore = undefined;
      }
      const changed = changes(before, processState());
      if (changed.length > 0) throw new Error(`The command changed process state that only bin/dolmetsch.js may change: ${changed.join(', ')}`);
    },
  };
}
