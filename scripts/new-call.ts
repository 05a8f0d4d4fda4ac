/**
 * `npm run new:call -- <call-id> <path-to-source.txt>`: starts a call's folder,
 * content/calls/<call-id>/, so that every check passes at once:
 *   source.txt    the source, copied byte for byte
 *   call.yaml     filled where it can be (company, year and quarter from the id, the source's
 *                 SHA-256); what only a person knows is marked 待填
 *   index.mdx     the call's overview, quoting every paragraph in order
 *   figures.mdx   its key figures page, figures.yaml (empty)
 * Then move paragraphs onto topic pages (CONTRIBUTING.md, 新增一场电话会).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { callLabel, loadCompanies } from '../src/model/calls.ts';
import { CALL_FILE, CALLS_DIR, FIGURES_FILE, SOURCE_FILE } from '../src/calls/paths.ts';
import { formatLineRanges } from '../src/transcript/line-ranges.ts';
import { parseSource } from '../src/transcript/source.ts';

const [id, sourcePath] = process.argv.slice(2);

function fail(message: string): never {
  console.error(`new:call: ${message}`);
  console.error('usage: npm run new:call -- <call-id> <path-to-source.txt>   e.g. npm run new:call -- amazon-2025-q4 ~/q4.txt');
  process.exit(1);
}

if (!id || !sourcePath) fail('give the call id and the source file');
const parts = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{4})-q([1-4])$/.exec(id);
if (!parts) fail(`"${id}" is not a call id like amazon-2025-q4 (company id, fiscal year, quarter; lower case)`);
const [, companyId = '', year = '', quarter = ''] = parts;
const { companies } = loadCompanies();
const company = companies.find((candidate) => candidate.id === companyId);
if (!company) fail(`company "${companyId}" is not in content/companies.yaml: add it there first (id, name, nameEn)`);
const dir = join(CALLS_DIR, id);
if (existsSync(dir)) fail(`${relative(process.cwd(), dir)} exists already`);
if (!existsSync(sourcePath)) fail(`${sourcePath}: no such file`);

const bytes = readFileSync(sourcePath);
let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  fail(`${sourcePath} is not UTF-8 text: save it as UTF-8 first`);
}
const paragraphs = parseSource(text);
if (paragraphs.length === 0) fail(`${sourcePath} has no text`);
const sha256 = createHash('sha256').update(bytes).digest('hex');
const data = { fiscalYear: Number(year), quarter: Number(quarter) };
const label = callLabel({ data, company });

/** Markdown and MDX syntax characters in the source, escaped so that the page shows them as written. */
const escape = (line: string) => line.replace(/[\\`*_{}[\]<>#+\-!|~&]/g, (char) => `\\${char}`).replace(/^(\d+)([.)])/, '$1\\$2');
const quote = (line: number, paragraphText: string) => `<Para line={${line}}>\n${escape(paragraphText)}\n</Para>`;

const callYaml = `# 电话会文件（npm run new:call 生成）。写着“待填”的字段由你填写：检查会一直报出它们，直到填好。
# company 写 content/companies.yaml 中的 id；date 为电话会日期（YYYY-MM-DD）。
# source.sha256 是 source.txt 的 SHA-256：原文一字不改，改动会被检查发现。
# topics 按阅读顺序排列（侧边栏和卡片的顺序）；页面的 topic: 写这里的 id。
# 与其他电话会相同的主题 id（如 aws、chips）可在 /topics/<id>/ 页上跨季度对照。
company: ${company.id}
fiscalYear: ${data.fiscalYear}
quarter: ${data.quarter}
date: ${new Date().toISOString().slice(0, 10)} # 待填：电话会日期
language: zh-CN
title: ${label}财报电话会
source:
  sha256: ${sha256}
  credit: 待填：原文的编译、编辑署名
  publisher: 待填：原文的发布方
topics:
  - id: overview
    label: 概览
    summary: 待填：一句话说这场电话会里发生了什么（首页以它开头）
`;

const index = `---
title: ${label}财报电话会
description: ${label}财报电话会精华（待填：一句话说明）。
topic: overview
sourceLines: '${formatLineRanges(paragraphs.flatMap((paragraph) => Array.from({ length: paragraph.endLine - paragraph.line + 1 }, (_, offset) => paragraph.line + offset)))}'
---

import { Para } from '~/components/transcript';

${paragraphs.map((paragraph) => quote(paragraph.line, paragraph.text)).join('\n\n')}
`;

const figuresPage = `---
title: 关键数字
description: ${label}财报电话会原文中出现的数字，每个数字都链接到陈述它的原文段落。
---

import { FigureCharts, FiguresTable } from '~/components/figures';

下表列出电话会原文中出现的数字。数值照原文逐字书写，「出处」链接到陈述它的原文段落。

## 图表

<FigureCharts />

## 按主题列表

<FiguresTable />
`;

const figuresYaml = `# 关键数字：电话会原文中出现的数字（写法见 content/calls/amazon-2025-q3/figures.yaml 开头的说明）。
[]
`;

mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, SOURCE_FILE), bytes);
writeFileSync(join(dir, CALL_FILE), callYaml);
writeFileSync(join(dir, 'index.mdx'), index);
writeFileSync(join(dir, 'figures.mdx'), figuresPage);
writeFileSync(join(dir, FIGURES_FILE), figuresYaml);
const where = relative(process.cwd(), dir);
console.log(`new:call: created ${where}/ (${paragraphs.length} paragraphs quoted on index.mdx, route /${id}/).`);
console.log(`Next: fill the 待填 fields of ${where}/${CALL_FILE}, move paragraphs onto topic pages, then npm run check.`);
