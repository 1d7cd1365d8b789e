/**
 * Once per run: make sure Chromium is there (before spending time on a server), then seed the demo neighbourhood
 * and start the API with the web app. Test files find the address in WEEFSEL_WEB_E2E_URL.
 */
import { chromiumPath } from './browser';
import { startSeededServer } from './server';
import { URL_VARIABLE } from './state';

export default async function globalSetup(): Promise<void> {
  chromiumPath();
  const server = await startSeededServer();
  process.env[URL_VARIABLE] = server.url;
  (globalThis as { __weefselWebServer?: typeof server }).__weefselWebServer = server;
}
