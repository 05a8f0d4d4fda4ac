/**
 * `npm run make:icons`: renders public/favicon.svg into the PNG icons the web app
 * manifest lists (public/icons/). Run it after changing the SVG; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const ICONS = [
  { file: 'public/icons/icon-192.png', size: 192, scale: 1 },
  { file: 'public/icons/icon-512.png', size: 512, scale: 1 },
  // Maskable icons are cropped to a circle by some launchers: keep the drawing in the central 80 %.
  { file: 'public/icons/icon-maskable-512.png', size: 512, scale: 0.8 },
];

const found = findChromium();
if ('error' in found) throw new Error(found.error);
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
try {
  for (const { file, size, scale } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = Math.round(size * scale);
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;height:${size}px;background:${scale < 1 ? '#17181c' : 'transparent'}">` +
        svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `) +
        '</body>',
    );
    await page.screenshot({ path: file, omitBackground: true });
    await page.close();
    console.log(`${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
