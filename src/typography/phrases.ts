/**
 * Splits a heading into phrases that a line break must not cut, so that a narrow screen wraps
 * 「亚马逊 2025 年第三季度财报电话会精华」 between phrases and never inside a word (电话 / 会精华).
 *
 * Words come from the platform's word segmenter (ICU, Intl.Segmenter). It cuts some words into
 * single characters (财|报, 分析|师), so single characters are joined: a run of them forms one
 * phrase (财报), a lone one joins the word before it (电话会, 分析师), or the word after it when a
 * space comes before (年第三). An ordinal stays with the word it counts (第三季度, never 第三 /
 * 季度), and a number with the 年 that follows it (2025 年第三季度). Other spaces stay between phrases.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function phrases(text: string): string[] {
  const result: string[] = [];
  let run = '';
  /** A lone character waiting for the next word. */
  let prefix = '';
  const push = (part: string) => {
    result.push(prefix + part);
    prefix = '';
  };
  const flushRun = () => {
    if (!run) return;
    const last = result.at(-1);
    if ([...run].length === 1 && last && /\S$/.test(last)) result[result.length - 1] = last + run;
    else if ([...run].length === 1) prefix += run;
    else push(run);
    run = '';
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike && [...segment].length === 1 && /\p{Script=Han}/u.test(segment)) {
      run += segment;
      continue;
    }
    flushRun();
    if (/^\s+$/.test(segment)) push(segment);
    else if (!isWordLike && !prefix && result.length > 0 && /\S$/.test(result.at(-1) ?? '')) result[result.length - 1] += segment;
    else push(segment);
  }
  flushRun();
  if (prefix) push('');
  return joinOrdinals(result);
}

/** An ordinal (第三, 年第三) and the word after it: 第三季度. */
const ORDINAL = /第[0-9一二三四五六七八九十百千]+$/;

function joinOrdinals(parts: string[]): string[] {
  const joined: string[] = [];
  for (const part of parts) {
    const last = joined.at(-1);
    const [number, space] = joined.slice(-2);
    if (last !== undefined && ORDINAL.test(last) && /^\S/.test(part)) joined[joined.length - 1] = last + part;
    else if (number !== undefined && /^\d+$/.test(number) && space === ' ' && part.startsWith('年')) joined.splice(-2, 2, `${number} ${part}`);
    else joined.push(part);
  }
  return joined;
}
