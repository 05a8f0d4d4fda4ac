import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from './prepare-html.ts';

/** Characters Pagefind keeps inside words, at index and at query time: 150% is not 150. */
export const INCLUDE_CHARACTERS = '%';

/** The part of the Pagefind Node API the index needs (the same in Pagefind 1.4 and 1.6). */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

export interface BuildIndexOptions {
  /** The built site. */
  siteDir: string;
  /** Where the Pagefind bundle goes. */
  outputDir: string;
  /**
   * Segment the pages with the site's segmentation and keep INCLUDE_CHARACTERS in words
   * (the default), or index them as they are, like Starlight's own Pagefind step.
   */
  siteSegmentation?: boolean;
  /** Another Pagefind release's API, for the benchmark. */
  api?: PagefindApi;
}

/**
 * Writes the Pagefind bundle for the built site: every HTML page, segmented with the
 * site's one segmentation (src/search/segment.ts), through Pagefind's Node API.
 * Returns the number of pages indexed; throws with Pagefind's own messages on error.
 */
export async function buildSearchIndex({ siteDir, outputDir, siteSegmentation = true, api = pagefind }: BuildIndexOptions): Promise<number> {
  const { index, errors } = await api.createIndex(siteSegmentation ? { includeCharacters: INCLUDE_CHARACTERS } : {});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
    let pages = 0;
    for (const file of files) {
      const html = await readFile(join(siteDir, file), 'utf8');
      const added = await index.addHTMLFile({ sourcePath: file, content: siteSegmentation ? prepareHtmlForIndex(html) : html });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      if (added.file.url) pages += 1;
    }
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputDir}: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await api.close();
  }
}
