/**
 * The Debian packages the full suite needs (chromium, libxml2-utils, fonts-noto-cjk; `npm run setup:system`).
 * Nothing skips: a missing one makes the test file that needs it fail to load, naming the package and the command
 * (`npm run setup:system && npm test` is the README's test command, so a green run has run every test).
 */
export const SYSTEM_PACKAGES = ['chromium', 'libxml2-utils', 'fonts-noto-cjk'] as const;
export const SETUP_COMMAND = 'npm run setup:system';

export class MissingSystemDependency extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingSystemDependency';
  }
}

/** Reports `what` missing: the test file that needs it fails, naming the package and the set-up command. */
export function missingDependency(what: string, debianPackage: string): never {
  throw new MissingSystemDependency(`${what} is missing: install the Debian package ${debianPackage} (\`${SETUP_COMMAND}\` installs all the suite needs)`);
}
