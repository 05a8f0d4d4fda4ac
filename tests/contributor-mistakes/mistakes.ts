import type { FixtureSite } from './fixture-site.ts';

/** One mistake a contributor can make, the command that catches it, and what it must say. */
export interface Mistake {
  /** What the contributor did (zh-CN, as CONTRIBUTING.md lists it). */
  name: string;
  /** The npm script that must fail. */
  command: string;
  /** Applies the mistake to a copy of the fixture site (tests/fixture-site/content/). */
  apply: (site: FixtureSite) => void;
  /** The output must match every pattern: the file (and line where known) and the problem. CONTRIBUTING.md shows them. */
  says: RegExp[];
  /** What to do about it (zh-CN), for CONTRIBUTING.md's table. */
  fix: string;
  /** Also run the real `npm run <command>` on the copy: proves the command's wiring, not only its function. */
  realCommand?: true;
}

const CALL_DIR = 'content/calls/amazon-2025-q3';
const ZOOX = `${CALL_DIR}/zoox.mdx`;
const AWS = `${CALL_DIR}/aws.mdx`;
const CHIPS = `${CALL_DIR}/chips.mdx`;
const QA = `${CALL_DIR}/qa.mdx`;
const RESULTS = `${CALL_DIR}/results.mdx`;
const CALL_FILE = `${CALL_DIR}/call.yaml`;
const SOURCE = `${CALL_DIR}/source.txt`;
const FIGURES = `${CALL_DIR}/figures.yaml`;
const GLOSSARY = 'content/glossary.yaml';

const PARA_6 = /<Para line=\{6\}>[\s\S]*?<\/Para>\n/;
const PARA_7 = /<Para line=\{7\}>[\s\S]*?<\/Para>/;

/** Wraps zoox.mdx's paragraph in `open` … `close`. */
const wrapZoox = (site: FixtureSite, open: string, close: string) =>
  site.edit(ZOOX, (text) => text.replace(PARA_7, (para) => `${open}\n\n${para}\n\n${close}`));

export const MISTAKES: Mistake[] = [
  {
    name: '未闭合的 JSX 标签',
    command: 'check:content',
    apply: (site) => site.edit(ZOOX, (text) => text.replace(/<\/Para>\n$/, '\n')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:12: MDX syntax error: Expected a closing tag for `<Para>`/],
    fix: '在段落末尾补上 `</Para>`（只报这一处：这一页的句子不会再被报成“不在任何页面上”）',
  },
  {
    name: '未知组件（拼错或未导入）',
    command: 'check:transcript',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('<Para line={7}>', '<Paragraph line={7}>').replace('</Para>', '</Paragraph>')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:12:1: <Paragraph> is not imported/],
    fix: '改正组件名，或在 `import` 行加上它',
  },
  {
    name: 'frontmatter 不是合法的 YAML',
    command: 'check:frontmatter',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('topic: zoox', 'topic: [zoox')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+:\d+: frontmatter is not valid YAML/],
    fix: '检查该行的冒号、引号、括号',
  },
  {
    name: '缺少 title',
    command: 'check:frontmatter',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('title: Zoox\n', '')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:1: frontmatter has no title/],
    fix: '补上 `title:`',
  },
  {
    name: 'topic 不在本场电话会的主题清单中',
    command: 'check:frontmatter',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('topic: zoox', 'topic: robotaxi')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:4: topic "robotaxi" is not a topic of this call: use one of overview, results/],
    fix: '用本场 `call.yaml` 中 `topics` 的一个 id，或在那里加上新主题',
  },
  {
    name: '两个页面占用同一个 slug',
    command: 'check:frontmatter',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('topic: zoox', 'topic: zoox\nslug: amazon-2025-q3/chips')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:5: slug "amazon-2025-q3\/chips" is also claimed by content\/calls\/amazon-2025-q3\/chips\.mdx/],
    fix: '改掉或删去 `slug:` 行',
  },
  {
    name: '站内链接指向不存在的页面',
    command: 'check:links',
    apply: (site) =>
      site.edit(ZOOX, (text) => text.replace('Zoox 是亚马逊旗下的自动驾驶公司。', 'Zoox 是亚马逊旗下的自动驾驶公司，另见[机器人出租车](/robotaxi/)。')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:10: the link \/robotaxi\/ leads to no page of the site \[links\]/],
    fix: '改为存在的页面地址（见 README 的页面表）',
  },
  {
    name: '#锚点不存在',
    command: 'check:links',
    apply: (site) => site.edit(CHIPS, (text) => `${text}\n另见[AWS 的产能](/amazon-2025-q3/aws/#l99)。\n`),
    says: [
      /content\/calls\/amazon-2025-q3\/chips\.mdx:14: the link \/amazon-2025-q3\/aws\/#l99 leads to \/amazon-2025-q3\/aws\/, which has no #l99 on it \[links\]/,
    ],
    fix: '段落锚点是 `#l` + 原文行号，问答是 `#q` + 提问行号',
  },
  {
    name: '组件（提示框）里的链接失效',
    command: 'check:links',
    apply: (site) => site.edit(RESULTS, (text) => `${text}\n:::note[编者注]\nRufus 见[分析师问答](/amazon-2025-q3/qa/#q99)。\n:::\n`),
    says: [
      /content\/calls\/amazon-2025-q3\/results\.mdx:19: the link \/amazon-2025-q3\/qa\/#q99 leads to \/amazon-2025-q3\/qa\/, which has no #q99 on it \[links\]/,
    ],
    fix: '同上',
  },
  {
    name: 'call.yaml 中的字段写错',
    command: 'check:content',
    apply: (site) => site.edit(CALL_FILE, (text) => text.replace('quarter: 3', 'quarter: 5')),
    says: [/content\/calls\/amazon-2025-q3\/call\.yaml:4: quarter: Too big: expected number to be <=4/],
    fix: '按报错改正该字段（见 CONTRIBUTING「电话会的文件夹」）',
  },
  {
    name: '两个本季要点数字占同一位置',
    command: 'check:figures',
    apply: (site) => site.edit(FIGURES, (text) => text.replace('headline: 2', 'headline: 1')),
    says: [/content\/calls\/amazon-2025-q3\/figures\.yaml:19: q3-eps: headline 1 is already q3-revenue's place \(line 12\)/],
    fix: '给每个 `headline` 数字不同的位置（1–6）',
  },
  {
    name: '漏掉一句原文',
    command: 'check:transcript',
    apply: (site) => site.edit(QA, (text) => text.replace('基于当前态势,我们有信心维持增长。', '')),
    says: [/content\/calls\/amazon-2025-q3\/source\.txt:13: sentence of source line 13 is on no page \(expected in content\/calls\/amazon-2025-q3\/qa\.mdx\)/],
    fix: '把这一句放回 `<Para line={13}>`',
  },
  {
    name: '删掉了整个 <Para>',
    command: 'check:transcript',
    apply: (site) => site.edit(ZOOX, (text) => text.replace(PARA_7, '')),
    says: [/content\/calls\/amazon-2025-q3\/source\.txt:7: sentence of source line 7 is on no page \(expected in content\/calls\/amazon-2025-q3\/zoox\.mdx\)/],
    fix: '把这一段放回它所在的页面（报错里写明了页面）',
  },
  {
    name: '编者文字里的引语改了原文一个词（引用框或引号）',
    command: 'check:transcript',
    apply: (site) => site.edit(ZOOX, (text) => `${text}\n> Zoox自动驾驶出租车服务已向拉斯维加斯公众关闭,华盛顿特区将成为第八个测试城市。\n`),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+: this quote is not what the source says: source line 7 has/],
    fix: '引用原文必须逐字（放进 `<Para>`），否则不加引号，用自己的话写',
  },
  {
    name: '引文中改了一个字',
    command: 'check:transcript',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('已向拉斯维加斯', '已向拉斯维加期')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:12: sentence differs from source line 7 at character \d+: the source has "斯", the page has "期"/],
    fix: '照原文改回；确是原文错误时用 `<Fix>`',
  },
  {
    name: '段落移到第二个页面，却没有从原页面删除',
    command: 'check:transcript',
    apply: (site) => {
      const quote = PARA_6.exec(site.read(CHIPS))?.[0] ?? '';
      site.edit(ZOOX, (text) => `${text}\n${quote}`);
    },
    says: [
      /content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+: sentence of source line 6 is quoted more than once \(also at content\/calls\/amazon-2025-q3\/chips\.mdx:\d+\)/,
    ],
    fix: '从原页面删除该段，两页的 `sourceLines` 都要改',
  },
  {
    name: 'line 写错（只报一条，说明该写几）',
    command: 'check:content',
    apply: (site) => site.edit(CHIPS, (text) => text.replace('<Para line={6}>', '<Para line={7}>')),
    says: [/content\/calls\/amazon-2025-q3\/chips\.mdx:10: <Para line=\{7\}> quotes source line 6: write <Para line=\{6\}>/, /content checks: 1 problem\(s\)/],
    fix: '按提示改 `line`',
    realCommand: true,
  },
  {
    name: '更正隐去了原文措辞',
    command: 'check:transcript',
    apply: (site) => site.edit(AWS, (text) => text.replace('<Fix from="QuickSleep" to="Quick Suite" />', '<Fix to="Quick Suite" />')),
    says: [/content\/calls\/amazon-2025-q3\/aws\.mdx:18:\d+: <Fix> without from="\.\.\.": a correction must keep the original wording/],
    fix: '写成 `<Fix from="原文" to="更正" />`',
  },
  {
    name: '更正的原文为空：把编者的话当作更正塞进原文',
    command: 'check:transcript',
    apply: (site) => site.edit(AWS, (text) => text.replace('<Fix from="QuickSleep" to="Quick Suite" />', 'QuickSleep<Fix from="" to="（编者：此说存疑）" />')),
    says: [/content\/calls\/amazon-2025-q3\/aws\.mdx:18:\d+: <Fix from="">: a correction replaces words of the source/],
    fix: '`from` 写原文中被更正的词；编者的话写在 `<Para>` 之外',
  },
  {
    name: '段落里用了 <Fix>，却没有导入',
    command: 'check:content',
    apply: (site) => site.edit(AWS, (text) => text.replace('import { Fix, Para, QA, Turn }', 'import { Para, QA, Turn }')),
    says: [/content\/calls\/amazon-2025-q3\/aws\.mdx:18:\d+: <Fix> is not imported/],
    fix: '在页面顶部的 `import` 行加上 `Fix`',
  },
  {
    name: '页面里写 <style> 隐藏一段原文',
    command: 'check:content',
    apply: (site) => site.edit(ZOOX, (text) => `${text}\n<style>{'#l7{display:none}'}</style>\n`),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+:1: <style> on a content page: it could hide or rewrite what readers see/],
    fix: '删去 `<style>`、`<script>`、`<link>` 和 `style` 属性：样式由站点的样式表统一提供',
  },
  {
    name: '不加 <Fix>，悄悄改正原文',
    command: 'check:transcript',
    apply: (site) => site.edit(AWS, (text) => text.replace('<Fix from="QuickSleep" to="Quick Suite" />', 'Quick Suite')),
    says: [
      /content\/calls\/amazon-2025-q3\/aws\.mdx:17: sentence differs from source line 4 at character \d+: the source has "QuickSleep", the page has "Quick Suite"/,
    ],
    fix: '用 `<Fix from="QuickSleep" to="Quick Suite" />`',
  },
  {
    name: '更正的原文来自页面导出的值（export const）',
    command: 'check:content',
    apply: (site) =>
      site.edit(AWS, (text) =>
        text
          .replace('<Fix from="QuickSleep"', '<Fix from={QuickSleep}')
          .replace("from '~/components/transcript';\n", "from '~/components/transcript';\nexport const QuickSleep = '亚马逊停止了';\n"),
      ),
    says: [
      /content\/calls\/amazon-2025-q3\/aws\.mdx:9:1: export on a page that quotes the source/,
      /content\/calls\/amazon-2025-q3\/aws\.mdx:19:\d+: <Fix from=\{QuickSleep\}>: from is plain quoted text, written from="\.\.\." \(not an expression\)/,
    ],
    fix: '不要在页面里 `export`；`from` 照原文写成带引号的文字',
  },
  {
    name: '同一属性写了两次',
    command: 'check:content',
    apply: (site) => site.edit(AWS, (text) => text.replace('<Para line={5}>', '<Para line={5} line={4}>')),
    says: [/content\/calls\/amazon-2025-q3\/aws\.mdx:27:1: <Para>: attribute "line" is written twice/],
    fix: '每个属性只写一次',
  },
  {
    name: '属性写成表达式',
    command: 'check:content',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('<Para line={7}>', '<Para line={3 + 4}>')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:12:1: <Para line=\{3 \+ 4\}>: line is a plain source line number, written line=\{\d+\}/],
    fix: '写成 `line={7}` 这样的数字',
  },
  {
    name: '展开属性（{...props}）',
    command: 'check:content',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('<Para line={7}>', '<Para line={7} {...{ id: "x" }}>')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:12:1: <Para \{\.\.\.\{ id: "x" \}\}>: a spread attribute can set anything at render time/],
    fix: '删去展开属性，只写已知的属性',
  },
  {
    name: '未知属性',
    command: 'check:content',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('<Para line={7}>', '<Para line={7} hidden>')),
    says: [
      /content\/calls\/amazon-2025-q3\/zoox\.mdx:12:1: <Para>: unknown attribute "hidden": <Para> takes line=\{n\} \(optionally the bare flag headline\), nothing else/,
    ],
    fix: '删去该属性',
  },
  {
    name: '<Para> 里加了链接',
    command: 'check:content',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('已向拉斯维加斯', '已向[拉斯维加斯](https://evil.example/)')),
    says: [
      /content\/calls\/amazon-2025-q3\/zoox\.mdx:13:\d+: a link inside <Para line=\{7\}>: a quoted paragraph is plain text; only <Fix> and <Credit> may mark it/,
    ],
    fix: '链接和加粗写在 `<Para>` 之外的编者文字里',
  },
  {
    name: '<Para> 里加粗',
    command: 'check:content',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('已向拉斯维加斯', '已向**拉斯维加斯**')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:13:\d+: \*\*bold\*\* inside <Para line=\{7\}>/],
    fix: '同上',
  },
  {
    name: '用隐藏的元素包住 <Para>',
    command: 'check:content',
    apply: (site) => wrapZoox(site, '<div hidden>', '</div>'),
    says: [
      /content\/calls\/amazon-2025-q3\/zoox\.mdx:14:1: <Para line=\{7\}> inside <div hidden>: a <Para> stands at the top level of the page, or inside <Turn> in <QA>/,
    ],
    fix: '`<Para>` 只能在页面顶层或 `<QA>` 的 `<Turn>` 里',
  },
  {
    name: '把 <Para> 放进 <details> 或提示框',
    command: 'check:content',
    apply: (site) => wrapZoox(site, ':::note', ':::'),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:14:1: <Para line=\{7\}> inside :::note/],
    fix: '同上；编者注写在 `<Para>` 之外',
  },
  {
    name: '改动了原文文件（与页面同样改动）',
    command: 'check:content',
    apply: (site) => {
      site.edit(SOURCE, (text) => text.replace('拉斯维加斯', '拉斯维加期'));
      site.edit(ZOOX, (text) => text.replace('已向拉斯维加斯', '已向拉斯维加期'));
    },
    says: [
      /content\/calls\/amazon-2025-q3\/source\.txt:1: the source was changed \(SHA-256 [0-9a-f]{12}…, pinned 376b41e52dcb… in content\/calls\/amazon-2025-q3\/call\.yaml\)\. The source is never edited/,
    ],
    fix: '撤销对原文的改动；确需重新导入新版原文时，替换整个文件并按提示更新 `call.yaml` 中的 `source.sha256`',
  },
  {
    name: '不可见字符（零宽空格等）',
    command: 'check:content',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('已向拉斯维加斯', '已向拉斯\u200b维加斯')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:13:\d+: invisible character U\+200B ZERO WIDTH SPACE at column \d+/],
    fix: '删掉报出的那一列上的字符',
  },
  {
    name: '形近字母（西里尔字母 о）',
    command: 'check:content',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('Zoox自动驾驶', 'Z\u043eox自动驾驶')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:13:\d+: look-alike letter U\+043E CYRILLIC SMALL LETTER O at column \d+ inside a Latin word/],
    fix: '改成拉丁字母',
  },
  {
    name: '草稿页面（draft: true）里有原文',
    command: 'check:content',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('topic: zoox', 'topic: zoox\ndraft: true')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:5: draft: true, so this page is not published, but it quotes source lines 7/],
    fix: '先把段落移到已发布的页面，或去掉 `draft: true`',
  },
  {
    name: '主题页上没有原文',
    command: 'check:content',
    apply: (site) => {
      const quote = PARA_6.exec(site.read(CHIPS))?.[0] ?? '';
      site.edit(CHIPS, (text) => text.replace(quote, ''));
      site.edit(ZOOX, (text) => text.replace('<Para line={7}>', `${quote}<Para line={7}>`).replace("sourceLines: '7'", "sourceLines: '6-7'"));
    },
    says: [/content\/calls\/amazon-2025-q3\/chips\.mdx:4: topic page without transcript text: it would publish an empty page/],
    fix: '把原文段落留在本页，或按下文“停用主题页”删除它',
  },
  {
    name: '术语表中 id 重复',
    command: 'check:content',
    apply: (site) => site.edit(GLOSSARY, (text) => text.replace('- id: bedrock', '- id: aws')),
    says: [/content\/glossary\.yaml:9: id "aws" is already used at line 2: ids must be unique/],
    fix: '合并两条，或改用另一个 id',
  },
  {
    name: '术语表 YAML 缩进错误',
    command: 'check:content',
    apply: (site) => site.edit(GLOSSARY, (text) => text.replace('  zh: Bedrock\n', '    zh: Bedrock\n')),
    says: [/content\/glossary\.yaml:\d+:\d+: not valid YAML/],
    fix: '按报出的行检查缩进（每个字段前两个空格）和引号',
  },
  {
    name: '关键数字的 value 只是原文数字的一部分（1801.7亿美元 写成 801.7亿美元）',
    command: 'check:figures',
    apply: (site) => site.edit(FIGURES, (text) => text.replace('value: 1801.7亿美元', 'value: 801.7亿美元').replace('amount: 1801.7', 'amount: 801.7')),
    says: [/content\/calls\/amazon-2025-q3\/figures\.yaml:5: q3-revenue: value "801\.7亿美元" is only part of "1801\.7亿美元" in paragraph l2/],
    fix: '照原文写出完整的数字和单位',
  },
  {
    name: '同一页的两个关键数字占同一位置（lead）',
    command: 'check:figures',
    apply: (site) => site.edit(FIGURES, (text) => text.replace('lead: 2\n- id: power-capacity-added', 'lead: 1\n- id: power-capacity-added')),
    says: [
      /content\/calls\/amazon-2025-q3\/figures\.yaml:\d+: aws-growth-rate: lead 1 is already aws-revenue's place \(line \d+\) as lead on content\/calls\/amazon-2025-q3\/aws\.mdx/,
    ],
    fix: '给同一页的每个 `lead` 数字不同的位置（1–6）',
  },
  {
    name: '新电话会的 call.yaml 还写着“待填”',
    command: 'check:content',
    apply: (site) => site.edit(CALL_FILE, (text) => text.replace('publisher: 无（虚构）', 'publisher: 待填：原文的发布方')),
    says: [/content\/calls\/amazon-2025-q3\/call\.yaml:\d+: publisher still says 待填: write it/],
    fix: '填好 `npm run new:call` 标为“待填”的每一项（日期、署名、发布方、页面说明）',
  },
  {
    name: '共用页面（术语表）上放了只属于某场电话会的组件',
    command: 'check:content',
    apply: (site) =>
      site.edit('content/docs/glossary.mdx', (text) =>
        text
          .replace(
            "import GlossaryList from '~/components/glossary/GlossaryList.astro';",
            "import GlossaryList from '~/components/glossary/GlossaryList.astro';\nimport { FiguresTable } from '~/components/figures';",
          )
          .concat('\n<FiguresTable />\n'),
      ),
    says: [/content\/docs\/glossary\.mdx:\d+:1: <FiguresTable> shows the figures or questions of its page's call, and a page shared by all calls has none/],
    fix: '把它放到 `content/calls/<call-id>/` 里的页面上（首页要点和主题卡片可写 `call="…"` 指明电话会）',
  },
  {
    name: '关键数字的 value 不是数字',
    command: 'check:figures',
    apply: (site) => site.edit(FIGURES, (text) => text.replace('value: 1.95美元', 'value: 美')),
    says: [/content\/calls\/amazon-2025-q3\/figures\.yaml:15: q3-eps: value "美" is not a number/],
    fix: '照原文写出数值和单位，如 `330亿美元`',
  },
  {
    name: '图片没有替代文字（alt）',
    command: 'check:markdown',
    apply: (site) => site.edit(ZOOX, (text) => text.replace('<Para line={7}>', '![](/zoox.png)\n\n<Para line={7}>')),
    says: [/content\/calls\/amazon-2025-q3\/zoox\.mdx:12:1 error MD045\/no-alt-text Images should have alternate text \(alt text\)/],
    fix: '写成 `![图片内容的描述](图片.png)`',
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
    fix: '用 UTF-8 重新保存（编辑器右下角一般可选编码）',
  },
  {
    name: '上述源文件错误都会让构建失败（不会发布）',
    command: 'build',
    apply: (site) => {
      site.edit(QA, (text) => text.replace('基于当前态势,我们有信心维持增长。', ''));
      site.edit(GLOSSARY, (text) => text.replace('  zh: Bedrock\n', '    zh: Bedrock\n'));
      site.edit(ZOOX, (text) => text.replace('topic: zoox', 'topic: zoox\ndraft: true').replace('已向拉斯维加斯', '已向拉斯\u200b维加斯'));
      site.edit(AWS, (text) => text.replace('<Para line={5}>', '<Para line={5} {...{ id: "x" }}>'));
      site.edit(RESULTS, (text) => text.replace('title: 财务业绩\n', ''));
      site.edit(CHIPS, (text) => text.replace('topic: chips', 'topic: robotaxi'));
    },
    says: [
      /amazon-2025-q3\/source\.txt:13: sentence of source line 13 is on no page/,
      /content\/glossary\.yaml:\d+:\d+: not valid YAML/,
      /content\/calls\/amazon-2025-q3\/zoox\.mdx:5: draft: true/,
      /content\/calls\/amazon-2025-q3\/zoox\.mdx:\d+:\d+: invisible character U\+200B/,
      /content\/calls\/amazon-2025-q3\/aws\.mdx:27:1: <Para \{\.\.\./,
      /content\/calls\/amazon-2025-q3\/results\.mdx:1: frontmatter has no title/,
      /content\/calls\/amazon-2025-q3\/chips\.mdx:4: topic "robotaxi" is not a topic of this call/,
      /content problem\(s\), listed above, root cause first/,
    ],
    fix: '有问题的页面不会被发布；按列出的 `文件:行号` 逐条修改',
  },
];
