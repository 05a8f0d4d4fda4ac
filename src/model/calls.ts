import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { CALL_FILE, callDirs, callIdOfDir, CHARTS_FILE, contentFiles, FIGURES_FILE, SOURCE_FILE } from '../calls/paths.ts';
import { chartDefinition, type ChartDefinition } from '../charts/charts.ts';
import { callEntry, companyEntry, type CallData, type Company } from '../schemas/call.ts';
import type { Problem as CheckProblem } from '../utils/problem.ts';
import { readYaml } from './yaml.ts';

/** A problem of a data file, before a rule id is given to it. */
type Problem = Omit<CheckProblem, 'rule'>;

/** A call as the machinery sees it: its id, folder, files (relative to the project) and call file. */
export interface Call {
  id: string;
  /** The absolute folder. */
  dir: string;
  callFile: string;
  sourceFile: string;
  figuresFile: string;
  chartsFile: string;
  data: CallData;
  /** The charts of charts.yaml (none without one). */
  charts: ChartDefinition[];
  company: Company;
  /** The line of a field of call.yaml: `lineOf(['source', 'sha256'])`. */
  lineOf: (path: (string | number)[]) => number;
}

/** Files named relative to the working directory, as in every problem message. */
const named = (path: string) => relative(process.cwd(), path);

/** Reads `content/companies.yaml`. */
export function loadCompanies(path = contentFiles().companies): { companies: Company[]; problems: Problem[] } {
  const file = named(path);
  const { data, problems } = readYaml(file, readFileSync(path, 'utf8'), z.array(companyEntry));
  return { companies: data ?? [], problems };
}

/**
 * Reads every call folder's call.yaml, newest call first. A call file that is not valid YAML or
 * does not match the schema, a company that is not in content/companies.yaml, or a missing source
 * is a problem at its line; such a call is left out. (The checks compare the source with the
 * SHA-256 recorded here: src/checks/rules/source-pin.ts.)
 */
export function loadCalls(contentDir?: string): { calls: Call[]; problems: Problem[] } {
  const files = contentFiles(contentDir);
  const { companies, problems } = loadCompanies(files.companies);
  const calls: Call[] = [];
  for (const dir of callDirs(files.calls)) {
    const callFile = named(join(dir, CALL_FILE));
    const sourceFile = named(join(dir, SOURCE_FILE));
    const text = readFileSync(join(dir, CALL_FILE), 'utf8');
    const read = readYaml(callFile, text, callEntry);
    problems.push(...read.problems, ...placeholders(callFile, text));
    if (!read.data) continue;
    const data = read.data;
    const company = companies.find((candidate) => candidate.id === data.company);
    if (!company) {
      problems.push({
        file: callFile,
        line: read.lineOf(['company']),
        message: `company "${data.company}" is not in content/companies.yaml: add it there or use one of ${companies.map((c) => c.id).join(', ')}`,
      });
      continue;
    }
    const seenTopics = new Map<string, number>();
    data.topics.forEach((topic, index) => {
      const first = seenTopics.get(topic.id);
      if (first === undefined) seenTopics.set(topic.id, index);
      else problems.push({ file: callFile, line: read.lineOf(['topics', index]), message: `topic id "${topic.id}" is listed twice: each topic once` });
    });
    if (!existsSync(join(dir, SOURCE_FILE))) {
      problems.push({ file: callFile, line: 1, message: `the call has no ${SOURCE_FILE}: put the source text there (npm run new:call creates it)` });
      continue;
    }
    const chartsFile = named(join(dir, CHARTS_FILE));
    const charts = existsSync(chartsFile) ? readYaml(chartsFile, readFileSync(chartsFile, 'utf8'), z.array(chartDefinition)) : { data: [], problems: [] };
    problems.push(...charts.problems);
    calls.push({
      id: callIdOfDir(dir),
      dir,
      callFile,
      sourceFile,
      figuresFile: named(join(dir, FIGURES_FILE)),
      chartsFile,
      data,
      company,
      charts: charts.data ?? [],
      lineOf: read.lineOf,
    });
  }
  return { calls: calls.sort(newestFirst), problems };
}

/** What `npm run new:call` writes where only a person knows the answer. */
export const PLACEHOLDER = '待填';

/** Lines of a call file that still hold a placeholder (in a value or its comment): the site would publish it. */
function placeholders(file: string, text: string): Problem[] {
  return text.split('\n').flatMap((line, index) =>
    line.includes(PLACEHOLDER) && !/^\s*#/.test(line)
      ? [
          {
            file,
            line: index + 1,
            message: `${line.split(':')[0]?.trim() || 'this line'} still says ${PLACEHOLDER}: write it (readers would see the placeholder)`,
          },
        ]
      : [],
  );
}

/** Newest call first: by fiscal year and quarter, then by date. */
export function newestFirst(
  a: { data: Pick<CallData, 'fiscalYear' | 'quarter' | 'date'> },
  b: { data: Pick<CallData, 'fiscalYear' | 'quarter' | 'date'> },
): number {
  return b.data.fiscalYear - a.data.fiscalYear || b.data.quarter - a.data.quarter || b.data.date.localeCompare(a.data.date);
}

const QUARTERS = ['一', '二', '三', '四'];

/** 「亚马逊 2025 年第三季度」: how the site names a call in lists, the call switch and search filters. */
export function callLabel(call: { data: Pick<CallData, 'fiscalYear' | 'quarter'>; company: Pick<Company, 'name'> }): string {
  return `${call.company.name} ${call.data.fiscalYear} 年第${QUARTERS[call.data.quarter - 1]}季度`;
}

/** 「2025 年第三季度」: a call's quarter, for charts across quarters. */
export function quarterLabel(data: Pick<CallData, 'fiscalYear' | 'quarter'>): string {
  return `${data.fiscalYear} 年第${QUARTERS[data.quarter - 1]}季度`;
}
