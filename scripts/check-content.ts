/**
 * `npm run check:content`: every content check (src/checks/rules/) over the content model of
 * content/ (src/model/site.ts): each call's source, pages and figures, the glossary, the
 * redirects. Prints `file:line[:column]: problem [rule]`, root cause first; exits 1 on any problem.
 *
 *   --only transcript,figures   run the rules of these groups (check:transcript, check:figures)
 *   --list                      list the rules
 */
import { parseArgs } from 'node:util';
import { runChecks } from '../src/checks/run.ts';
import { RULES } from '../src/checks/rules/index.ts';
import { loadSite } from '../src/model/site.ts';

const { values } = parseArgs({ options: { only: { type: 'string' }, list: { type: 'boolean' } } });
const groups = values.only?.split(',').map((group) => group.trim());
const rules = groups ? RULES.filter((rule) => groups.includes(rule.group)) : RULES;

if (values.list) {
  for (const rule of rules) console.log(`${rule.id.padEnd(12)} ${rule.group.padEnd(11)} ${rule.title}`);
} else {
  const started = performance.now();
  const { lines, summary, problems } = runChecks(loadSite(), rules);
  for (const line of lines) console.error(line);
  console.log(`${groups ? `${summary} [only: ${groups.join(', ')}]` : summary} in ${Math.round(performance.now() - started)} ms`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
