/**
 * The glossary's names as search reads them: every name of an entry (Chinese name, English
 * name and its parts, aliases) leads to the names of the same entry that stand in the calls'
 * pages, so that `Jassy` searches for 安迪·贾西 and 贾西 where he speaks, and `Nvidia` for 英伟达.
 * Built from the glossary and the pages' text at build time (src/integrations/post-build.ts).
 * Topic words (员工与组织: 裁员, layoffs) are other names of a page, not of something in the text:
 * the page's aliases carry them (./page-search-data.ts).
 */
import { mentionsName, namesOf } from '../glossary/mentions.ts';
import { listedInGlossary, type GlossaryEntry } from '../schemas/glossary.ts';
import type { NameMap } from './dictionary.ts';
import { nameKey } from './normalise.ts';

/**
 * @param glossary the glossary's entries
 * @param pageTexts the text of every call page as readers see it (src/glossary/mentions.ts `pageText`)
 */
export function nameMap(glossary: readonly Pick<GlossaryEntry, 'zh' | 'en' | 'aliases' | 'kind'>[], pageTexts: readonly string[]): NameMap {
  const map: NameMap = {};
  for (const entry of glossary.filter(listedInGlossary)) {
    const names = namesOf(entry, { asWritten: true });
    const standing = names.filter((name) => pageTexts.some((text) => mentionsName(text, name)));
    if (standing.length === 0) continue;
    for (const name of names) {
      const key = nameKey(name);
      if (key) map[key] = [...new Set([...(map[key] ?? []), ...standing])];
    }
  }
  return map;
}
