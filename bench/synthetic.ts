/**
 * Synthetic calls for the scale benchmarks (bench/build.ts, bench/search/scale.ts): pages made
 * of the published call's real paragraphs, numbered so that every sentence is unique.
 */
import { loadCalls } from '../src/model/calls.ts';
import { loadSource } from '../src/transcript/source.ts';

/** Pages per call. */
export const CALL_SIZE = 10;

export interface Call {
  id: string;
  source: string;
  pages: Page[];
}

export interface Page {
  /** Its id: `<call-id>/<slug>`, the call's overview `<call-id>`. */
  slug: string;
  title: string;
  topic: string;
  lines: number[];
  narrative: { line: number; text: string }[];
  qa: { line: number; question: string; answers: { line: number; text: string }[] };
}

/**
 * N pages as calls of 10 pages, each page with three narrative paragraphs and one Q&A unit,
 * numbered so that every sentence is unique; each call has its own source, lines from 1.
 */
export function synthesize(count: number): Call[] {
  const published = loadCalls().calls.find((call) => call.id === 'amazon-2025-q3');
  if (!published) throw new Error('the synthetic pages are made from content/calls/amazon-2025-q3/');
  const real = loadSource(published.sourceFile);
  const questions = real.filter((p) => p.text.startsWith('问'));
  const prose = real.filter((p) => !p.text.startsWith('问') && p.sentences.length > 0);
  const calls: Call[] = [];
  let lines: string[] = [];
  const take = (text: string) => {
    lines.push(text);
    return lines.length;
  };
  let pages: Page[] = [];
  for (let i = 0; i < count; i++) {
    const inCall = i % CALL_SIZE;
    const callIndex = Math.floor(i / CALL_SIZE);
    const callId = `amazon-${2000 + Math.floor(callIndex / 4)}-q${(callIndex % 4) + 1}`;
    const tag = `（第${i + 1}篇）`;
    const pick = (list: typeof real, k: number) => list[(i * 7 + k) % list.length]?.text ?? '';
    const narrative = [0, 1, 2].map((k) => {
      const text = `${tag}${pick(prose, k)}`;
      return { line: take(text), text };
    });
    const question = `问:${tag}${pick(questions, 0).replace(/^问[:：]/, '')}`;
    const qaLine = take(question);
    const answers = [3, 4].map((k) => {
      const text = `${tag}${pick(prose, k)}`;
      return { line: take(text), text };
    });
    pages.push({
      slug: inCall === 0 ? callId : `${callId}/page-${inCall}`,
      title: `合成页面 ${i + 1}`,
      topic: `t${inCall}`,
      lines: [...narrative.map((n) => n.line), qaLine, ...answers.map((a) => a.line)],
      narrative,
      qa: { line: qaLine, question, answers },
    });
    if (inCall === CALL_SIZE - 1 || i === count - 1) {
      calls.push({ id: callId, source: lines.join('\n'), pages });
      lines = [];
      pages = [];
    }
  }
  return calls;
}

/** The fiscal year and quarter of a synthetic call, from its id (`amazon-2003-q2`). */
export function quarterOf(call: Pick<Call, 'id'>): { fiscalYear: number; quarter: number } {
  const [, year, quarter] = /-(\d{4})-q(\d)$/.exec(call.id) ?? [];
  return { fiscalYear: Number(year), quarter: Number(quarter) };
}
