/** Everything a command may touch of the outside world, so tests can run commands in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** The folder the command was started in; the project root is found upwards from it. */
  cwd: string;
  /** Whether stderr is an interactive terminal (progress bar) or a log (plain lines). */
  isTTY: boolean;
  /** Aborted on SIGINT/SIGTERM. */
  signal?: AbortSignal;
  /**
   * Resolves once stdout has passed on what was written to it, or can no longer (its reader gone). A command writing a
   * large report in pieces waits here after each, or a reader slower than the check (a CI log's pipe) has every piece
   * queued in memory at once. Absent (tests in-process): nothing to wait for.
   */
  stdoutDrained?(): Promise<void>;
}

/** A subcommand: arguments after the subcommand name in, exit code out. Only cli/ prints. */
export type Command = (argv: string[], io: CliIO) => Promise<number>;

export const EXIT = {
  ok: 0,
  /** translate: segments still untranslated with --require-complete; check: findings at error level. */
  findings: 1,
  /** Bad input or configuration; nothing was written. */
  badInput: 2,
  /** The provider's quota ran out; everything finished was written. */
  quota: 3,
  /** The provider stayed unreachable or kept failing; finished work was written. */
  unavailable: 4,
  /** Another translate run holds the repository's lock. */
  locked: 5,
  /** SIGINT (128 + 2) and SIGTERM (128 + 15): stopped sending, wrote what had arrived. */
  interrupted: 130,
  terminated: 143,
} as const;
