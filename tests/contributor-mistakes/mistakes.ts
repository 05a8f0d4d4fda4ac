import type { FixtureSite } from './fixture-site.ts';

/** One mistake a contributor can make, the command that catches it, and what it must say. */
export interface Mistake {
  /** What the contributor did (zh-CN, as CONTRIBUTING.md lists it). */
  name: string;
  /** The npm script that must fail. */
  command: string;
  apply: (site: FixtureSite) => void;
  /** The output must match every pattern: the file (and line where known) and the problem. */
  says: RegExp[];
}

const ZOOX = 'content/calls/amazon-2025-q3/zoox.mdx';
const KUIPER = 'content/calls/amazon-2025-q3/kuiper.mdx';
const AWS = 'content/calls/amazon-2025-q3/aws.mdx';
const CHIPS = 'content/calls/amazon-2025-q3/chips.mdx';
const CALL_FILE = 'content/calls/amazon-2025-q3/call.yaml';

const PARA_24 = /<Para line=\{24\}>[\s\S]*?<\/Para>\n/;

export const MISTAKES: Mistake[] = [
  {
    name: '未闭合的 JSX 标签',
    command: 'check:transcript',
    apply: (site) => site.edit(ZOOX, (text) => text.replace(/<\/Para>\n$/, '\n')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:14: MDX syntax error: Expected a closing tag for `<Para>`/],
  },
  {
    name: '未知组件（拼错或未导入）',
    command: 'check:transcript',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('<Para line={25}>', '<Paragraph line={25}>').replace('</Para>', '</Paragraph>')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:14: <Paragraph> is not imported/],
  },
  {
    name: 'frontmatter 不是合法的 YAML',
    command: 'check:frontmatter',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('topic: zoox', 'topic: [zoox')),
    says: [/missed comma between flow collection entries/, /content\/calls\/amazon-2025-q3\/zoox\.mdx:5/],
  },
  {
    name: '缺少 title',
    command: 'check:frontmatter',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('title: Zoox\n', '')),
    says: [/docs → amazon-2025-q3\/zoox data does not match collection schema/, /title\W+Required/, /content\/calls\/amazon-2025-q3\/zoox\.mdx/],
  },
  {
    name: 'topic 不在本场电话会的主题清单中',
    command: 'check:transcript',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('topic: zoox', 'topic: robotaxi')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:4: topic "robotaxi" is not a topic of this call: use one of overview, results/],
  },
  {
    name: '两个页面占用同一个 slug',
    command: 'check:frontmatter',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('topic: zoox', 'topic: zoox\nslug: amazon-2025-q3/kuiper')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:5: slug "amazon-2025-q3\/kuiper" is also claimed by content\/calls\/amazon-2025-q3\/kuiper\.mdx/],
  },
  {
    name: '站内链接指向不存在的页面',
    command: 'check:links',
    apply: (site) =>
      site.edit(ZOOX, (text) => text.replace('Zoox 是亚马逊旗下的自动驾驶公司。', 'Zoox 是亚马逊旗下的自动驾驶公司，另见[机器人出租车](/robotaxi/)。')),
    says: [/zoox\.mdx/, /10 \| \/robotaxi\//, /invalid link/],
  },
  {
    name: '#锚点不存在',
    command: 'check:links',
    apply: (site) =>
      site.edit(ZOOX, (text) =>
        text.replace('Zoox 是亚马逊旗下的自动驾驶公司。', 'Zoox 是亚马逊旗下的自动驾驶公司，另见[柯伊伯计划](/amazon-2025-q3/kuiper/#l99)。'),
      ),
    says: [/zoox\.mdx/, /10 \| \/amazon-2025-q3\/kuiper\/#l99/, /invalid hash/],
  },
  {
    name: '组件（提示框）里的链接失效',
    command: 'check:links',
    apply: (site) => site.edit(ZOOX, (text) => `${text}\n:::note[编者注]\n卫星互联网见[柯伊伯计划](/amazon-2025-q3/kuiper/#q99)。\n:::\n`),
    says: [/zoox\.mdx/, /\/amazon-2025-q3\/kuiper\/#q99/, /invalid hash/],
  },
  {
    name: 'call.yaml 中的字段写错',
    command: 'check:transcript',
    apply: (site) => site.edit(CALL_FILE, (text) => text.replace('quarter: 3', 'quarter: 5')),
    says: [/content\/calls\/amazon-2025-q3\/call\.yaml:8: quarter: Too big: expected number to be <=4/],
  },
  {
    name: '首页关键数字写了不存在的 id',
    command: 'check:figures',
    apply: (site) => site.edit(CALL_FILE, (text) => text.replace('headline: [q3-revenue,', 'headline: [q3-revenu,')),
    says: [/content\/calls\/amazon-2025-q3\/call\.yaml:\d+: headline figure "q3-revenu" is not in content\/calls\/amazon-2025-q3\/figures\.yaml/],
  },
  {
    name: '漏掉一句原文',
    command: 'check:transcript',
    apply: (site) => site.edit(CHIPS, (text) => text.replace('目前其大部分计算任务已运行在Trainium芯片上。', '')),
    says: [
      /content\/calls\/amazon-2025-q3\/source\.txt:21: sentence of source line 21 is on no page \(expected in content\/calls\/amazon-2025-q3\/chips\.mdx\)/,
    ],
  },
  {
    name: '引文中改了一个字',
    command: 'check:transcript',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('已向拉斯维加斯', '已向拉斯维加期')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:14: sentence differs from source line 25 at character \d+: the source has "斯", the page has "期"/],
  },
  {
    name: '段落移到第二个页面，却没有从原页面删除',
    command: 'check:transcript',
    apply: (site) => {
      const quote = PARA_24.exec(site.read(KUIPER))?.[0] ?? '';
      site.edit(ZOOX, (text) => `${text}\n${quote}`);
    },
    says: [
      /content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+: sentence of source line 24 is quoted more than once \(also at content\/calls\/amazon-2025-q3\/kuiper\.mdx:\d+\)/,
    ],
  },
  {
    name: '更正隐去了原文措辞',
    command: 'check:transcript',
    apply: (site) => site.edit(AWS, (text) => text.replace('<Fix from="QuickSleep" to="Quick Suite" />', '<Fix to="Quick Suite" />')),
    says: [/content\/calls\/amazon-2025-q3\/aws\.mdx:50: <Fix> without from="\.\.\.": a correction must keep the original wording/],
  },
  {
    name: '不加 <Fix>，悄悄改正原文',
    command: 'check:transcript',
    apply: (site) => site.edit(AWS, (text) => text.replace('<Fix from="QuickSleep" to="Quick Suite" />', 'Quick Suite')),
    says: [
      /content\/calls\/amazon-2025-q3\/aws\.mdx:49: sentence differs from source line 17 at character \d+: the source has "QuickSleep", the page has "Quick Suite"/,
    ],
  },
  {
    name: '图片没有替代文字（alt）',
    command: 'check:markdown',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('## 自动驾驶出租车', '![](/zoox.png)\n\n## 自动驾驶出租车')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:12:1 error MD045\/no-alt-text Images should have alternate text \(alt text\)/],
  },
  {
    name: '文件不是 UTF-8 编码',
    command: 'check:transcript',
    apply: (site) =>
      site.write(
        ZOOX,
        Buffer.concat([Buffer.from(site.read(ZOOX).replace('Zoox 是亚马逊旗下的自动驾驶公司。\n', '')), Buffer.from([0xd7, 0xd4, 0xb6, 0xaf, 0x0a])]),
      ),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+: the file is not UTF-8 text: save it with UTF-8 encoding/],
  },
  {
    name: '原文错误也会让构建失败（不会发布）',
    command: 'build',
    apply: (site) => site.edit(CHIPS, (text) => text.replace('目前其大部分计算任务已运行在Trainium芯片上。', '')),
    says: [/amazon-2025-q3\.zh-CN\.txt:21: sentence of source line 21 is on no page/, /transcript check: 1 problem\(s\)/],
  },
];
