/**
 * Chromium through playwright-core: Debian's browser (no `npx playwright install` on this network), one browser
 * per test file and a fresh context — empty storage, no session — per test.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { WORKSPACE } from './server';
import { baseUrl } from './state';

/**
 * Screenshots go to apps/web-e2e/test-output/screenshots (ignored by git); `npm run screenshots` sets
 * WEEFSEL_SCREENSHOTS=docs to refresh the committed ones in docs/screenshots.
 */
const SCREENSHOT_DIR =
  process.env['WEEFSEL_SCREENSHOTS'] === 'docs'
    ? join(WORKSPACE, 'docs/screenshots')
    : join(WORKSPACE, 'apps/web-e2e/test-output/screenshots');

/** A desktop window small enough for light screenshots, wide enough for the table layout. */
export const DESKTOP = { width: 1200, height: 800 } as const;
export const PHONE = { width: 390, height: 800 } as const;

export function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `web-e2e: no Chromium at ${path}. Install it with \`apt-get install -y chromium\`` +
        ' (or point CHROMIUM_PATH at a Chromium executable).',
    );
  }
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // as root in a container: no sandbox, no GPU, and nothing that phones home
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** uncaught exceptions in the page: a working screen has none */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A new tab in a new context (own sessionStorage and localStorage) on the app's origin. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: DESKTOP,
    deviceScaleFactor: 1,
    locale: 'nl-NL',
    ...options,
  });
  // fail with Playwright's message (what it waited for) well before Jest's test timeout
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, pageErrors, close: () => context.close() };
}

/** The visible viewport as <screenshot dir>/<name>.png, replaced on every run. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

/**
 * Retries `assertion` until it passes or `timeoutMs` is over, then fails with its last error: Jest's `expect`
 * for a page that renders asynchronously (playwright-core has no auto-waiting `expect` of its own).
 */
export async function eventually(assertion: () => unknown, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
