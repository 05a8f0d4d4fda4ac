import type { AstroIntegration } from 'astro';
import { runFiguresCheck } from '../figures/run-check.ts';
import { contentCheck } from './content-check.ts';

/** The figures check before every build: a figure not verbatim in the paragraph it cites fails it. */
export function figuresCheck(): AstroIntegration {
  return contentCheck('figures-check', 'check:figures', () => runFiguresCheck());
}
