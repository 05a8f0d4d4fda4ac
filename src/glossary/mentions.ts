import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { ParsedPage } from '../transcript/parse-page.ts';

/**
 * The names a glossary entry goes by on a page: its Chinese and English names, the parts of
 * an English name like "AWS (Amazon Web Services)", and its aliases; in lower case without
 * spaces, or `asWritten`.
 */
export function namesOf(entry: Pick<GlossaryEntry, 'zh' | 'en' | 'aliases'>, { asWritten = false } = {}): string[] {
  const englishParts = entry.en.split(/[()（）]/).map((part) => part.trim());
  const names = [entry.zh, entry.en, ...englishParts, ...entry.aliases].map((name) => (asWritten ? name.trim() : normalize(name)));
  return [...new Set(names.filter((name) => name.length > 0))];
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

/** Whether a page's text (`pageText`) has a name as written (case and spacing ignored). */
export function mentionsName(text: string, name: string): boolean {
  const flat = normalize(name);
  return flat.length > 0 && text.includes(flat);
}

/** Lower case, without spaces: "Transform 智能体" matches the transcript's "Transform智能体". */
function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}
