import type { Page } from '@playwright/test';

/** Waits until a service worker controls the page; returns how long that took in ms. */
export function waitForWorker(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const start = performance.now();
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return performance.now() - start;
  });
}
