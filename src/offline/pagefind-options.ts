import type { Plugin } from 'vite';

/** The module through which Starlight's Search component passes options to PagefindUI (and so to Pagefind). */
const PAGEFIND_CONFIG_MODULE = 'virtual:starlight/pagefind-config';

/**
 * A Vite plugin that adds Pagefind's `metaCacheTag` to the options Starlight's search
 * passes to Pagefind. Starlight's `pagefind` config accepts only ranking and index
 * options, so the option is appended to the virtual module instead; any Search component
 * that reads `pagefindUserConfig` gets it.
 */
export function pagefindMetaCacheTag(metaCacheTag: string): Plugin {
  return {
    name: 'offline:pagefind-meta-cache-tag',
    transform(code, id) {
      if (!id.endsWith(PAGEFIND_CONFIG_MODULE)) return undefined;
      return `${code}\nObject.assign(pagefindUserConfig, { metaCacheTag: ${JSON.stringify(metaCacheTag)} });\n`;
    },
  };
}
