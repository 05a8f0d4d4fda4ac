import { chromium } from '@playwright/test';
import { serveSite } from './bench/search/serve.ts';
const server = await serveSite('dist/', {});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto(server.origin + '/');
const terms = JSON.parse(process.argv[2] ?? '["芯片"]');
const out = await page.evaluate(async (terms) => {
  const pf = await import(new URL('/pagefind/pagefind.js', location.href).href);
  await pf.options({ baseUrl: '/' });
  const res = [];
  for (const t of terms) {
    const r = await pf.search(t);
    const d = r.results[0] ? await r.results[0].data() : null;
    res.push({ t, n: r.results.length, ids: r.results.map((x) => x.id).slice(0, 5), first: d && { url: d.url, locations: d.locations, anchors: d.anchors?.slice(0, 4), sub: d.sub_results?.slice(0, 2), content: d.content.slice(0, 200), excerpt: d.excerpt } });
  }
  return res;
}, terms);
console.log(JSON.stringify(out, null, 1).slice(0, 6000));
await browser.close(); await server.close();
