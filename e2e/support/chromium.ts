import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Chromium flags for a sandboxed machine with no network beyond localhost. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The browser the tests drive: $CHROMIUM_PATH if set, then Debian's /usr/bin/chromium,
 * then the browser that `npx playwright install chromium` downloads.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
  if (found) return found;
  throw new Error(
    'No Chromium found: set CHROMIUM_PATH, or install one with `apt-get install chromium` (Debian) or `npx playwright install chromium`.',
  );
}
