/**
 * The Debian packages the full suite needs (chromium, libxml2-utils, fonts-noto-cjk; `npm run setup:system`).
 * Nothing skips in silence: under CI=true a missing one makes the test file that needs it fail to load; elsewhere
 * its tests are skipped with a warning that names the package and the command.
 */
export const SYSTEM_PACKAGES = ['chromium', 'libxml2-utils', 'fonts-noto-cjk'] as const;
export const SETUP_COMMAND = 'npm run setup:system';

export class MissingSystemDependency extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingSystemDependency';
  }
}

/** Reports `what` missing: throws under CI=true, else warns and returns the reason for a skip. */
export function missingDependency(what: string, debianPackage: string, env: NodeJS.ProcessEnv = process.env): string {
  const reason = `${what} is missing: install the Debian package ${debianPackage} (\`${SETUP_COMMAND}\` installs all the suite needs)`;
  if (env.CI === 'true') throw new MissingSystemDependency(`${reason}. Under CI=true the tests that need it fail instead of skipping.`);
  console.warn(`SKIPPED tests: ${reason}. Under CI=true they fail.`);
  return reason;
}
