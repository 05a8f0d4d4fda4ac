/**
 * `npm run check:content`: every content check (src/checks/rules/) over the content model of
 * content/ (src/model/site.ts): each call's source, pages and figures, the glossary, the
 * redirects. Prints `file:line[:column]: problem [rule]`, root cause first; exits 1 on any problem.
 *
 *   --only transcript,figures   run the rules of these groups (check:transcript, check:figures)
 *   --list                      list the rules
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runChecks } from '../src/checks/run.ts';
import { RULES } from '../src/checks/rules/index.ts';
import { loadSite } from '../src/model/site.ts';

/** What the command prints (problems on stderr, the summary on stdout) and its exit code, for the given arguments. */
export function checkContent(args: string[]): { stderr: string[]; stdout: string[]; code: number } {
  const { values } = parseArgs({ args, options: { only: { type: 'string' }, list: { type: 'boolean' } } });
  const groups = values.only?.split(',').map((group) => group.trim());
  const rules = groups ? RULES.filter((rule) => groups.includes(rule.group)) : RULES;
  if (values.list) return { stderr: [], stdout: rules.map((rule) => `${rule.id.padEnd(12)} ${rule.group.padEnd(11)} ${rule.title}`), code: 0 };
  const started = performance.now();
  const { lines, summary, problems } = runChecks(loadSite(), rules);
  const took = `in ${Math.round(performance.now() - started)} ms`;
  return { stderr: lines, stdout: [groups ? `${summary} [only: ${groups.join(', ')}] ${took}` : `${summary} ${took}`], code: problems.length > 0 ? 1 : 0 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { stderr, stdout, code } = checkContent(process.argv.slice(2));
  for (const line of stderr) console.error(line);
  for (const line of stdout) console.log(line);
  process.exitCode = code;
}
