import { test } from '@playwright/test';

/** Prints figures a test measured and attaches them to its report (annotations), for reading, not for asserting. */
export function report(figures: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(figures)) test.info().annotations.push({ type: name, description: String(value) });
  console.log(
    Object.entries(figures)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
  );
}
