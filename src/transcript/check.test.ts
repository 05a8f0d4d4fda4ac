import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkTranscript } from './check.ts';
import { CALLS_DIR, SOURCE_FILE } from '../calls/paths.ts';
import { loadPages } from './load-pages.ts';
import { parsePage } from './parse-page.ts';
import { formatProblem } from './problem.ts';
import { loadSource } from './source.ts';

/** The published call (issue 10 moves these rule tests onto small fixtures). */
const CALL_DIR = join(CALLS_DIR, 'amazon-2025-q3');
const SOURCE = join(CALL_DIR, SOURCE_FILE);
const TOPICS = ['overview', 'results', 'aws', 'chips', 'rufus', 'kuiper', 'zoox', 'workforce', 'qa'];
const source = loadSource(SOURCE);
const pages = loadPages(CALL_DIR);

/** Runs the check on the real content with one page's text changed by `edit`. */
function checkWith(page: string, edit: (text: string) => string): string[] {
  const file = join(CALL_DIR, page);
  const original = readFileSync(file, 'utf8');
  const edited = edit(original);
  assert.notEqual(edited, original, 'the test edit must change the page');
  const changed = pages.map((p) => (p.file.endsWith(`/${page}`) ? parsePage(p.file, edited) : p));
  return checkTranscript(source, changed, SOURCE, TOPICS).map(formatProblem);
}

function assertReports(problems: string[], pattern: RegExp): void {
  assert.ok(
    problems.some((problem) => pattern.test(problem)),
    `expected a problem matching ${pattern}, got:\n${problems.join('\n')}`,
  );
}

describe('transcript check', () => {
  test('passes on the content as it is', () => {
    assert.deepEqual(checkTranscript(source, pages, SOURCE, TOPICS).map(formatProblem), []);
  });

  test('reports a dropped sentence with its source line and the page that should carry it', () => {
    const problems = checkWith('chips.mdx', (text) => text.replace('目前其大部分计算任务已运行在Trainium芯片上。', ''));
    assertReports(
      problems,
      /^content\/calls\/amazon-2025-q3\/source\.txt:21: sentence of source line 21 is on no page \(expected in content\/calls\/amazon-2025-q3\/chips\.mdx\): "目前其大部分计算任务已运行在Trainium芯片上。"/,
    );
  });

  test('reports a dropped phrase as the words the page leaves out', () => {
    const problems = checkWith('kuiper.mdx', (text) => text.replace('已部署超150颗卫星,', ''));
    assertReports(
      problems,
      /^content\/calls\/amazon-2025-q3\/kuiper\.mdx:\d+: sentence differs from source line 24 at character 15: the page leaves out "已部署超150颗卫星,"/,
    );
  });

  test('reports one changed character with the page line and the difference', () => {
    const problems = checkWith('zoox.mdx', (text) => text.replace(/(<Para line=\{25\}>[^<]*)拉斯维加斯/, '$1拉斯维加期'));
    assertReports(
      problems,
      /^content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+: sentence differs from source line 25 at character \d+: the source has "斯", the page has "期"/,
    );
  });

  test('reports a paragraph duplicated on a second page, at both places', () => {
    const kuiper = readFileSync(join(CALL_DIR, 'kuiper.mdx'), 'utf8');
    const quote = /<Para line=\{24\}>[\s\S]*?<\/Para>\n/.exec(kuiper)?.[0] ?? '';
    const problems = checkWith('zoox.mdx', (text) => `${text}\n${quote}`);
    assertReports(
      problems,
      /^content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+: sentence of source line 24 is quoted more than once \(also at content\/calls\/amazon-2025-q3\/kuiper\.mdx:\d+\)/,
    );
    assertReports(
      problems,
      /^content\/calls\/amazon-2025-q3\/kuiper\.mdx:\d+: sentence of source line 24 is quoted more than once \(also at content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+\)/,
    );
    assertReports(problems, /^content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+: anchor #l24 is not unique/);
  });

  test('reports a silent correction as a changed sentence', () => {
    const problems = checkWith('aws.mdx', (text) => text.replace('<Fix from="QuickSleep" to="Quick Suite" />', 'Quick Suite'));
    assertReports(
      problems,
      /^content\/calls\/amazon-2025-q3\/aws\.mdx:\d+: sentence differs from source line 17 at character \d+: the source has "QuickSleep", the page has "Quick Suite"/,
    );
  });

  test('reports a correction that hides the original wording', () => {
    const problems = checkWith('aws.mdx', (text) => text.replace('<Fix from="QuickSleep" to="Quick Suite" />', '<Fix to="Quick Suite" />'));
    assertReports(problems, /^content\/calls\/amazon-2025-q3\/aws\.mdx:\d+: <Fix> without from="\.\.\.": a correction must keep the original wording/);
  });

  test('reports a sentence that is not in the source', () => {
    const problems = checkWith('zoox.mdx', (text) => text.replace('稳步推进规模化部署。', '稳步推进规模化部署。亚马逊宣布收购月球。'));
    assertReports(problems, /^content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+: sentence is not in the source: "亚马逊宣布收购月球。"/);
  });

  test('reports transcript text pasted outside <Para>', () => {
    const problems = checkWith('zoox.mdx', (text) =>
      text.replace(
        'Zoox 是亚马逊旗下的自动驾驶公司。',
        '太空互联网项目“柯伊伯计划”已部署超150颗卫星,其企业级终端在测试中实现超1Gbps传输速率,成为已知首个达到此标准的商用相控阵终端解决方案。',
      ),
    );
    assertReports(
      problems,
      /^content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+: transcript text outside <Para>: quote source line 24 only inside <Para line=\{24\}>/,
    );
  });

  test('reports paragraphs out of call order', () => {
    const problems = checkWith('rufus.mdx', (text) => {
      const [p22, p23] = [/<Para line=\{22\}>[\s\S]*?<\/Para>/, /<Para line=\{23\}>[\s\S]*?<\/Para>/].map((re) => re.exec(text)?.[0] ?? '');
      return text
        .replace(p22 ?? '', '@@22')
        .replace(p23 ?? '', p22 ?? '')
        .replace('@@22', p23 ?? '');
    });
    assertReports(
      problems,
      /^content\/calls\/amazon-2025-q3\/rufus\.mdx:\d+: <Para line=\{22\}> comes after <Para line=\{23\}>: keep paragraphs in the order of the call/,
    );
  });

  test('reports a paragraph that declares the wrong source line', () => {
    const problems = checkWith('kuiper.mdx', (text) => text.replace('<Para line={24}>', '<Para line={25}>'));
    assertReports(problems, /^content\/calls\/amazon-2025-q3\/kuiper\.mdx:\d+: sentence is from source line 24, but it is inside <Para line=\{25\}>/);
  });

  test('explains that lines 13-14 are one paragraph', () => {
    const problems = checkWith('aws.mdx', (text) => text.replace('支持生成式AI应用,显著', '支持生成式AI应用\n</Para>\n<Para line={14}>\n,显著'));
    assertReports(
      problems,
      /<Para line=\{14\}>: source line 14 is part of the paragraph that starts at line 13 \(line 14 starts with ",": it continues the sentence of line 13\)/,
    );
  });

  test('reports frontmatter sourceLines that disagree with the page', () => {
    const problems = checkWith('chips.mdx', (text) => text.replace("sourceLines: '19-21, 31-39'", "sourceLines: '19-21, 31-38'"));
    assertReports(problems, /^content\/calls\/amazon-2025-q3\/chips\.mdx:5: sourceLines says "19-21, 31-38" but the page quotes lines "19-21, 31-39"/);
  });

  test('reports a page that quotes the transcript without a topic', () => {
    const problems = checkWith('zoox.mdx', (text) => text.replace('topic: zoox\n', ''));
    assertReports(problems, /^content\/calls\/amazon-2025-q3\/zoox\.mdx:1: frontmatter has no topic: a page that quotes the transcript is a topic page/);
  });

  test('reports an unclosed component with its line', () => {
    const problems = checkWith('zoox.mdx', (text) => text.replace(/<\/Para>\n$/, '\n'));
    assertReports(problems, /^content\/calls\/amazon-2025-q3\/zoox\.mdx:14: MDX syntax error: Expected a closing tag for `<Para>`/);
  });

  test('reports a component that is not imported', () => {
    const problems = checkWith('zoox.mdx', (text) => text.replace('<Para line={25}>', '<Paragraph line={25}>').replace(/<\/Para>/, '</Paragraph>'));
    assertReports(problems, /^content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+: <Paragraph> is not imported/);
  });

  test('reports invalid YAML frontmatter with its line', () => {
    const problems = checkWith('zoox.mdx', (text) => text.replace('topic: zoox', 'topic: [zoox'));
    assertReports(problems, /^content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+: frontmatter is not valid YAML/);
  });

  test('reports a page that is not UTF-8, with the line of the first bad byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'transcript-check-'));
    writeFileSync(join(dir, 'latin1.mdx'), Buffer.concat([Buffer.from('---\ntitle: x\n---\n\n'), Buffer.from([0xe9, 0x0a])]));
    const [page] = loadPages(dir);
    assert.match(formatProblem(page?.problems[0] ?? { file: '', line: 0, message: '' }), /latin1\.mdx:5: the file is not UTF-8 text/);
  });
});
