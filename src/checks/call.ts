import { loadCalls } from '../calls/load-calls.ts';
import { GLOSSARY_FILE } from '../calls/paths.ts';
import type { Problem } from './problem.ts';

/**
 * One earnings call as the checks see it: its canonical source text, where its SHA-256 is
 * pinned, the folder of its MDX pages, its figures and its topics. The calls come from
 * content/calls/<call-id>/call.yaml (src/calls/load-calls.ts): a second call is a second value,
 * not new code.
 */
export interface Call {
  /** The call's id, its folder's name; its pages are published under /<id>/. */
  id: string;
  /** The verbatim transcript, one paragraph a line. Never edited. */
  sourceFile: string;
  /** The file that pins the source's SHA-256 (the call's call.yaml) and its line there. */
  pinFile: string;
  pinLine: number;
  /** The pinned SHA-256, as call.yaml records it. */
  pinned: string | undefined;
  /** The call's folder, with its MDX pages. */
  docsDir: string;
  figuresFile: string;
  /** The ids of the call's topics (call.yaml), which its pages' `topic:` must name. */
  topicIds: string[];
}

/** The rule id of the call files' own problems (call.yaml, companies). */
export const CALL_RULE = 'call';

/** Every call of the site (and, in test builds, of EXTRA_CALLS_DIR), newest first, with the problems of the call files. */
export function siteCalls(): { calls: Call[]; problems: Problem[] } {
  const { calls, problems } = loadCalls();
  return {
    calls: calls.map((call) => ({
      id: call.id,
      sourceFile: call.sourceFile,
      pinFile: call.callFile,
      pinLine: call.lineOf(['source', 'sha256']),
      pinned: call.data.source.sha256,
      docsDir: call.dir,
      figuresFile: call.figuresFile,
      topicIds: call.data.topics.map((topic) => topic.id),
    })),
    problems: problems.map((problem) => ({ ...problem, rule: CALL_RULE })),
  };
}

export { GLOSSARY_FILE };
