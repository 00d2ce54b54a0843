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

export type Launch = { ok: true; launch: () => Promise<BrowserLike> } | { ok: false; reason: string };

export async function launchChromium(): Promise<Launch> {
  if (!existsSync(CHROMIUM_PATH)) return { ok: false, reason: missingDependency(CHROMIUM_PATH, 'chromium') };
  const moduleName = 'playwright-core';
  const playwright = (await import(moduleName).catch(() => undefined)) as
    | { chromium: { launch(options: { executablePath: string; args: string[] }): Promise<BrowserLike> } }
    | undefined;
  if (!playwright) {
    const reason = 'the npm package playwright-core is not installed (npm ci installs it)';
    if (process.env.CI === 'true') throw new Error(reason);
    return { ok: false, reason };
  }
  return { ok: true, launch: () => playwright.chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }) };
}

/** The Korean face the pages ask for, from Debian's fonts-noto-cjk; undefined when installed, else why not. */
export function koreanFontMissing(): string | undefined {
  const families = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).stdout ?? '';
  return families.includes(KOREAN_FONT) ? undefined : missingDependency(`the font "${KOREAN_FONT}"`, 'fonts-noto-cjk');
}

export const KOREAN_FONT = 'Noto Sans CJK KR';
