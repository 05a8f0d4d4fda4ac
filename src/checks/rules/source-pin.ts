import type { Rule } from '../rule.ts';

/** The canonical source is never edited: its SHA-256 is pinned in the call's call.yaml (source.sha256). */
export const sourcePin: Rule = {
  id: 'source-pin',
  group: 'transcript',
  title: 'the source is byte for byte the one whose SHA-256 is pinned in call.yaml',
  check: ({ source, call }) => {
    const record = `run \`sha256sum ${source.file}\`, write the hash as source.sha256 in ${source.pinFile} and say in the pull request which publication it re-imports`;
    if (source.pinned === undefined) {
      return [{ file: source.pinFile, line: call?.pinLine ?? 1, rule: 'source-pin', message: `the SHA-256 of ${source.file} is not pinned: ${record}` }];
    }
    if (source.pinned === source.sha256) return [];
    return [
      {
        file: source.file,
        line: 1,
        rule: 'source-pin',
        message: `the source was changed (SHA-256 ${source.sha256.slice(0, 12)}…, pinned ${source.pinned.slice(0, 12)}… in ${source.pinFile}). The source is never edited: undo the change, quote it on the pages and mark corrections with <Fix from="原文" to="更正" />. A deliberate re-import of a new publication replaces the whole file and records its hash: ${record}`,
      },
    ];
  },
};
