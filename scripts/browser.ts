/** Launches Debian's Chromium with the built extension loaded, for `npm start`, tests and benchmarks. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';

/** The built extension: `.output/chrome-mv3` (or under MEDGLOSS_OUT_DIR), or MEDGLOSS_EXTENSION_DIR (the e2e build). */
export const EXTENSION_DIR =
  process.env.MEDGLOSS_EXTENSION_DIR ??
  resolve(import.meta.dirname, '..', process.env.MEDGLOSS_OUT_DIR ?? '.output', 'chrome-mv3');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export const CHROMIUM_FLAGS = [
  // Chromium's sandbox refuses to run as root (CI, containers); a normal user keeps it.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  headless?: boolean;
  /** Launch without the extension (benchmark baselines). */
  withoutExtension?: boolean;
  /** Another build of the extension (the bench's synthetic large dictionary); EXTENSION_DIR otherwise. */
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  hasTouch?: boolean;
  deviceScaleFactor?: number;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!options.withoutExtension && !existsSync(join(dir, 'manifest.json')))
    throw new Error(`No built extension in ${dir}: run "npm run build" first.`);
  const extensionFlags = options.withoutExtension
    ? []
    : [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
  // '' makes Playwright create a temporary profile (about 17 MB) and remove it when the browser closes.
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: [...CHROMIUM_FLAGS, ...extensionFlags],
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.hasTouch ?? false,
    deviceScaleFactor: options.deviceScaleFactor,
  });
}

export async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The extension id, read from the background service worker's URL. */
export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await backgroundWorker(context)).url()).host;
}

/** The id of the tab showing `page`, as the extension sees it (the popup and the side panel take it as ?tab=). */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await backgroundWorker(context);
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}
