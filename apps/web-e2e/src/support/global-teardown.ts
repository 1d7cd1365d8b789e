import { rmSync } from 'node:fs';
import type { RunningServer } from './server';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __weefselWebServer?: RunningServer }).__weefselWebServer;
  if (!server) return;
  await server.stop();
  rmSync(server.dir, { recursive: true, force: true });
}
