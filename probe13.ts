import { chromium } from '@playwright/test';
import { serveSite } from './bench/search/serve.ts';
const server = await serveSite('dist/', {});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto(server.origin + '/');
const out = await page.evaluate(async (terms) => {
  const pf = await import(new URL('/search/pagefind.js', location.href).href);
  await pf.options({ baseUrl: '/', excerptLength: 24 });
  const res = [];
  for (const t of terms) {
    const r = await pf.search(t);
    for (const x of r.results.slice(0, 3)) { const d = await x.data(); res.push([t, d.url, d.excerpt, x.words.length, d.locations.length]); }
  }
  return res;
}, ['电', '电力', 'electricity']);
console.log(JSON.stringify(out, null, 1));
await browser.close(); await server.close();
