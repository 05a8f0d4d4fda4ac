/**
 * The service worker (bundled into `sw.js` by build-service-worker.ts after Pagefind has
 * written its index). Pages are network-first: online, a reader always gets the deployed
 * page; offline, or when the network has not answered within 5 s, the copy this build
 * precached (also for `/aws` and `/aws/index.html`, cached as `/aws/`). A page this build
 * never had waits for the network however slow it is, and only when the request fails
 * shows the zh-CN offline page: slow is not offline. Everything else (CSS/JS, fonts,
 * images, the Pagefind index) is served from the precache, which every new build replaces.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { pageKeys } from './page-keys.ts';

declare const self: {
  /** Replaced at build time by the list of precached files. */
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  location: Location;
  skipWaiting(): Promise<void>;
};

/** The offline page, precached under `offline/` next to the worker. */
const OFFLINE_PAGE = new URL('offline/', self.location.href).href;

/** How long a page waits for the network before its precached copy is shown instead. */
const NETWORK_TIMEOUT_MS = 5_000;

/** The precached copy of a page, under any of the URLs it may be asked for. */
async function cachedPage(url: string): Promise<Response | undefined> {
  for (const key of pageKeys(url)) {
    const response = await matchPrecache(key);
    if (response) return response;
  }
  return undefined;
}

// Registered before the precache route so that navigations go to the network first.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request }) => {
    const network = fetch(request);
    const cached = await cachedPage(request.url);
    if (!cached) return network.catch(async () => (await matchPrecache(OFFLINE_PAGE)) ?? Response.error());
    const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
    return (await Promise.race([network.catch(() => undefined), timeout])) ?? cached;
  },
);

// Pagefind asks for its entry file as `pagefind-entry.json?ts=<now>`, so that the network never
// answers with a stale one; the precached entry is this build's, whatever the `ts`.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/] });
cleanupOutdatedCaches();

// A new build takes over at once: its pages come from the network anyway, and its
// precache holds the matching assets and search index.
void self.skipWaiting();
clientsClaim();
