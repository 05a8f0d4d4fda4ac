/**
 * What the search dialog says when it shows results for something other than what was typed
 * (src/search/engine.ts finds them, src/search/site-search.ts shows the note in place of
 * Pagefind UI's count): the related words of a word the text does not use, or the part of the
 * query that the text has.
 */
export interface SearchNote {
  /** The query as the reader typed it. */
  query: string;
  /** The related words whose results are shown, or the part of the query that was found. */
  shown: string[];
  kind: 'related' | 'part';
}

const quoted = (words: readonly string[]) => words.map((word) => `「${word}」`).join('');

/** `未找到「裁员」，显示相关词「员工」「人员」的 3 个结果`; `未找到「亚马讯」，只找到其中的「亚马」：2 个结果`. */
export function noteText(note: SearchNote, count: number): string {
  return note.kind === 'related'
    ? `未找到「${note.query}」，显示相关词${quoted(note.shown)}的 ${count} 个结果`
    : `未找到「${note.query}」，只找到其中的${quoted(note.shown)}：${count} 个结果`;
}
