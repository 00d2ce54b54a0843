/**
 * Debian's chromium driven by playwright-core (`npx playwright install` cannot download here). Loaded by name at run
 * time so the suite reports a clear skip instead of failing to import when either is missing; the few methods the
 * tests use are typed here.
 */
import { existsSync } from 'node:fs';

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
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
}

export interface BrowserLike {
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<PageLike>;
  close(): Promise<void>;
}

export type Launch = { ok: true; launch: () => Promise<BrowserLike> } | { ok: false; reason: string };

export async function launchChromium(): Promise<Launch> {
  if (!existsSync(CHROMIUM_PATH)) return { ok: false, reason: `${CHROMIUM_PATH} is missing (apt-get install -y chromium)` };
  const moduleName = 'playwright-core';
  const playwright = (await import(moduleName).catch(() => undefined)) as
    | { chromium: { launch(options: { executablePath: string; args: string[] }): Promise<BrowserLike> } }
    | undefined;
  if (!playwright) return { ok: false, reason: 'the npm package playwright-core is not installed (npm install --save-dev playwright-core)' };
  return { ok: true, launch: () => playwright.chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }) };
}
