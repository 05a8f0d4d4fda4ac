import type { Page } from '@playwright/test';

/**
 * Collects what must never happen on a page, across its navigations: Content-Security-Policy
 * violations (`securitypolicyviolation` events), console errors and uncaught exceptions.
 * Call before the first `page.goto`; assert that the returned list stays empty.
 */
export async function collectPageProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('__reportPageProblem', (problem: string) => problems.push(problem));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = `${event.sourceFile || event.documentURI}:${event.lineNumber}`;
      const report = (window as unknown as { __reportPageProblem: (problem: string) => void }).__reportPageProblem;
      report(`CSP violation of ${event.effectiveDirective}: ${event.blockedURI || 'inline'} at ${where} ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // An unknown path answers 404 on purpose; Chromium logs that for the document itself.
    if (/status of 404/.test(message.text()) && message.location().url === page.url()) return;
    problems.push(`console error at ${message.location().url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught ${error.name} on ${page.url()}: ${error.message}`));
  return problems;
}
