import { site } from 'virtual:site';
import type { GlossaryEntry } from '../schemas/glossary.ts';

/** Every entry of content/glossary.yaml, topic words included (search uses them). */
export function getGlossary(): GlossaryEntry[] {
  return site.glossary;
}
