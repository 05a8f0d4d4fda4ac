/**
 * The service worker (bundled into `sw.js` by build-service-worker.ts after Pagefind has
 * written its index). Pages are network-first: online, a reader always gets the deployed
 * page; offline, the copy this build precached; for a page this build never had, the
 * zh-CN offline page. Everything else (CSS/JS, fonts, images, the Pagefind index) is
 * served from the precache, which every new build replaces.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

declare const self: {
  /** Replaced at build time by the list of precached files. */
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  location: Location;
  skipWaiting(): Promise<void>;
};

/** The offline page, precached under `offline/` next to the worker. */
const OFFLINE_PAGE = new URL('offline/', self.location.href).href;

/** The precache key of a page: its URL without query or hash. */
function pageKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

// Registered before the precache route so that navigations go to the network first.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkOnly({
    networkTimeoutSeconds: 5,
    plugins: [
      {
        handlerDidError: async ({ request }) => (await matchPrecache(pageKey(request.url))) ?? (await matchPrecache(OFFLINE_PAGE)),
      },
    ],
  }),
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// A new build takes over at once: its pages come from the network anyway, and its
// precache holds the matching assets and search index.
void self.skipWaiting();
clientsClaim();
