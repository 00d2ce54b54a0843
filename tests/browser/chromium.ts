/**
 * Debian's chromium driven by playwright-core (`npx playwright install` cannot download here). Loaded by name at run
 * time so a missing one is reported by tests/helpers/system-dependencies.ts (a failure under CI=true, a loud skip
 * elsewhere) instead of an import error; the few methods the tests use are typed here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missingDependency } from '../helpers/system-dependencies.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

export interface PageLike {
  goto(url: string): Promise<unknown>;
  on(event: 'dialog', listener: (dialog: { message(): string; dismiss(): Promise<void> }) => void): void;
  getAttribute(selector: string, name: string): Promise<string | null>;
  textContent(selector: string): Promise<string | null>;
  isVisible(selector: string): Promise<boolean>;
  selectOption(selector: string, value: string): Promise<unknown>;
  locator(selector: string): { count(): Promise<number> };
  evaluate(expression: string): Promise<unknown>;
  context(): { newCDPSession(page: PageLike): Promise<CDPSessionLike> };
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
}

/** Chrome DevTools Protocol: what the browser really did (e.g. which font drew which glyphs). */
export interface CDPSessionLike {
  send(method: string, params?: Record<string, unknown>): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface BrowserLike {
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<PageLike>;
  close(): Promise<void>;
}


/** A launcher of Debian's chromium; a missing chromium or playwright-core fails the test file that asks. */
export async function launchChromium(): Promise<() => Promise<BrowserLike>> {
  if (!existsSync(CHROMIUM_PATH)) missingDependency(CHROMIUM_PATH, 'chromium');
  const moduleName = 'playwright-core';
  const playwright = (await import(moduleName).catch(() => undefined)) as
    | { chromium: { launch(options: { executablePath: string; args: string[] }): Promise<BrowserLike> } }
    | undefined;
  if (!playwright) throw new Error('the npm package playwright-core is not installed (npm ci installs it)');
  return () => playwright.chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** The Korean face the pages ask for, from Debian's fonts-noto-cjk; a missing one fails the test file that asks. */
export function requireKoreanFont(): void {
  const families = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).stdout ?? '';
  if (!families.includes(KOREAN_FONT)) missingDependency(`the font "${KOREAN_FONT}"`, 'fonts-noto-cjk');
}

export const KOREAN_FONT = 'Noto Sans CJK KR';
