/**
 * Registers the service worker that makes the site readable and searchable offline.
 * Injected into every page by the offline integration; bundled, so it is allowed by the CSP.
 */
import { siteUrl } from '../utils/url.ts';

const base = siteUrl('');

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
    console.warn('离线阅读不可用：service worker 注册失败。', error);
  });
}
