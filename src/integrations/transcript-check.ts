import type { AstroIntegration } from 'astro';
import { runTranscriptCheck } from '../transcript/run-check.ts';
import { contentCheck } from './content-check.ts';

/** The transcript check before every build: a page that loses or changes transcript text fails it. */
export function transcriptCheck(): AstroIntegration {
  return contentCheck('transcript-check', 'check:transcript', () => runTranscriptCheck());
}
