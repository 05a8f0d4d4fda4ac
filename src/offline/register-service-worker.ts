/**
 * Registers the service worker that makes the site readable and searchable offline.
 * Injected into every page by the offline integration; bundled, so it is allowed by the CSP.
 *
 * If the first install fails (a precache download failed, e.g. on a flaky connection), nothing
 * is cached: the page then says so, quietly and once, and tries again after a while and
 * whenever the browser comes back online, until the worker is installed.
 */
import { siteUrl } from '../utils/url.ts';

const base = siteUrl('');
const NOTICE_ID = 'offline-not-ready';
/** Waits before the next attempt, in seconds; the last one repeats. */
const RETRY_AFTER_SECONDS = [5, 15, 60, 300];

function showNotice(): void {
  if (document.getElementById(NOTICE_ID)) return;
  const notice = document.createElement('p');
  notice.id = NOTICE_ID;
  notice.className = 'offline-notice';
  notice.setAttribute('role', 'status');
  notice.textContent = '离线阅读尚未就绪：有文件没有下载成功，稍后会自动重试。';
  document.body.append(notice);
}

function retryLater(attempt: number): void {
  const seconds = RETRY_AFTER_SECONDS[Math.min(attempt, RETRY_AFTER_SECONDS.length - 1)] ?? 300;
  const again = () => {
    clearTimeout(timer);
    window.removeEventListener('online', again);
    void register(attempt + 1);
  };
  const timer = setTimeout(again, seconds * 1000);
  window.addEventListener('online', again);
}

async function register(attempt: number): Promise<void> {
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  } catch (error: unknown) {
    console.warn('离线阅读不可用：service worker 注册失败。', error);
    return;
  }
  // An installed worker already serves this site offline; an update that fails keeps it.
  if (registration.active) return;
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return;
  const settle = () => {
    if (worker.state === 'activated') document.getElementById(NOTICE_ID)?.remove();
    if (worker.state === 'redundant' && !registration.active) {
      worker.removeEventListener('statechange', settle);
      showNotice();
      retryLater(attempt);
    }
  };
  worker.addEventListener('statechange', settle);
  settle();
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) void register(0);
