import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { ParsedPage } from '../transcript/parse-page.ts';

/**
 * The names a glossary entry goes by on a page: its Chinese and English names, the parts of
 * an English name like "AWS (Amazon Web Services)", and its aliases.
 */
export function namesOf(entry: Pick<GlossaryEntry, 'zh' | 'en' | 'aliases'>): string[] {
  const englishParts = entry.en.split(/[()（）]/).map((part) => part.trim());
  return [...new Set([entry.zh, entry.en, ...englishParts, ...entry.aliases].map(normalize).filter((name) => name.length > 0))];
}

/** All the text of a page as a reader sees it: transcript paragraphs, corrections and editorial text. */
export function pageText(page: ParsedPage): string {
  const transcript = page.paragraphs.flatMap((paragraph) => [paragraph.text, ...paragraph.corrections.map((correction) => correction.to)]);
  const title = typeof page.frontmatter['title'] === 'string' ? [page.frontmatter['title']] : [];
  return normalize([...title, ...transcript, ...page.editorial.map((text) => text.text)].join('\n'));
}

/** Whether a page's text mentions a glossary entry by any of its names (case and spacing ignored). */
export function mentions(text: string, entry: Pick<GlossaryEntry, 'zh' | 'en' | 'aliases'>): boolean {
  return namesOf(entry).some((name) => text.includes(name));
}

/** Lower case, without spaces: "Transform 智能体" matches the transcript's "Transform智能体". */
function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}
