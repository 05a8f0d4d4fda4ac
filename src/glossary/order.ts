import { pinyin } from 'pinyin-pro';

/** The key a headword sorts by: its pinyin without tones (「柯伊伯计划」 → "ke yi bo ji hua"), Latin as written. */
export function sortKey(headword: string): string {
  return pinyin(headword, { toneType: 'none', nonZh: 'consecutive' }).toLowerCase();
}

/** Entries sorted by the pinyin of their Chinese headword, grouped under the initial letter. */
export function byLetter<T>(entries: readonly T[], headword: (entry: T) => string): { letter: string; entries: T[] }[] {
  const keyed = entries.map((entry) => ({ entry, key: sortKey(headword(entry)) })).sort((a, b) => a.key.localeCompare(b.key, 'en'));
  const groups: { letter: string; entries: T[] }[] = [];
  for (const { entry, key } of keyed) {
    const letter = /^[a-z]/.test(key) ? key[0]!.toUpperCase() : '#';
    const group = groups.at(-1);
    if (group?.letter === letter) group.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}
