import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Chromium flags for a sandboxed machine with no network beyond localhost. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The browser the tests drive: $CHROMIUM_PATH if set, then Debian's /usr/bin/chromium,
 * then the browser that `npx playwright install chromium` downloads.
 */
export function findChromium(): { path: string } | { error: string } {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    return existsSync(chosen)
      ? { path: chosen }
      : { error: `CHROMIUM_PATH is set to ${chosen}, which does not exist: point it at a Chromium binary, or unset it.` };
  }
  const path = ['/usr/bin/chromium', chromium.executablePath()].find((candidate) => existsSync(candidate));
  return path
    ? { path }
    : { error: 'No Chromium found: set CHROMIUM_PATH, or install one with `apt-get install chromium` (Debian) or `npx playwright install chromium`.' };
}
