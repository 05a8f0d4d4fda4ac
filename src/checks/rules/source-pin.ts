import { basename } from 'node:path';
import type { Rule } from '../rule.ts';

/** The canonical source is never edited: its SHA-256 is pinned in a file beside it. */
export const sourcePin: Rule = {
  id: 'source-pin',
  group: 'transcript',
  title: 'the source is byte for byte the one whose SHA-256 is pinned beside it',
  check: ({ source }) => {
    const name = basename(source.file);
    const record = `run \`sha256sum ${name} > ${name}.sha256\` in ${source.file.slice(0, -name.length) || './'} and say in the pull request which publication it re-imports`;
    if (source.pinned === undefined) {
      return [{ file: source.pinFile, line: 1, rule: 'source-pin', message: `the SHA-256 of ${source.file} is not pinned: ${record}` }];
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
