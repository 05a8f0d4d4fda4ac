import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixture, problemsOf } from '../fixtures/fixture.ts';
import { formatProblem } from '../../utils/problem.ts';
import { report } from '../report.ts';
import { runRules } from '../run.ts';
import { anchors } from './anchors.ts';
import { characters } from './characters.ts';
import { figureComparisons } from './figure-comparisons.ts';
import { figures } from './figures.ts';
import { frontmatter } from './frontmatter.ts';
import { glossary } from './glossary.ts';
import { grammar } from './grammar.ts';
import { misquote } from './misquote.ts';
import { RULES } from './index.ts';
import { publication } from './publication.ts';
import { quotationMarks } from './quotation-marks.ts';
import { slugs } from './slugs.ts';
import { sourcePin } from './source-pin.ts';
import { syntax } from './syntax.ts';
import { verbatim } from './verbatim.ts';

/** Exactly one problem, matching `pattern`: a rule that reports more is a cascade. */
function assertOne(problems: string[], pattern: RegExp): void {
  assert.equal(problems.length, 1, `expected one problem matching ${pattern}, got:\n${problems.join('\n')}`);
  assert.match(problems[0] ?? '', pattern);
}

function assertSome(problems: string[], pattern: RegExp): void {
  assert.ok(
    problems.some((problem) => pattern.test(problem)),
    `expected a problem matching ${pattern}, got:\n${problems.join('\n')}`,
  );
}

const edit = (page: string, change: (text: string) => string) => ({ pages: { [page]: change } });

describe('the fixture call', () => {
  test('passes every rule', () => {
    assert.deepEqual(runRules(fixture()).map(formatProblem), []);
  });
});

describe('grammar', () => {
  test('a correction whose original is a value the page exports (the QuickSleep trick)', () => {
    const problems = problemsOf(
      grammar,
      edit('aws.mdx', (text) =>
        text
          .replace('<Fix from="QuickSleep"', '<Fix from={QuickSleep}')
          .replace("from '~/components/transcript';", "from '~/components/transcript';\nexport const QuickSleep = '亚马逊停止了';"),
      ),
    );
    assertSome(problems, /^fixture\/docs\/aws\.mdx:9:1: export on a page that quotes the source/);
    assertSome(problems, /aws\.mdx:17:17: <Fix from=\{QuickSleep\}>: from is plain quoted text, written from="\.\.\." \(not an expression\)/);
  });

  test('an export of markup is an export', () => {
    const problems = problemsOf(
      grammar,
      edit('aws.mdx', (text) => text.replace("from '~/components/transcript';", "from '~/components/transcript';\nexport const Note = <b>亚马逊停止了</b>;")),
    );
    assertOne(problems, /^fixture\/docs\/aws\.mdx:9:1: export on a page that quotes the source/);
  });

  test('an expression, a spread, a duplicate and an unknown attribute', () => {
    const problems = problemsOf(
      grammar,
      edit('zoox.mdx', (text) => text.replace('<Para line={5}>', '<Para line={2 + 3} {...props} line={5} class="sr-only" headline="no">')),
    );
    assertSome(problems, /zoox\.mdx:12:1: <Para line=\{2 \+ 3\}>: line is a plain source line number, written line=\{25\}/);
    assertSome(problems, /zoox\.mdx:12:1: <Para \{\.\.\.props\}>: a spread attribute can set anything at render time/);
    assertSome(problems, /zoox\.mdx:12:1: <Para>: attribute "line" is written twice: the check and the page would read different ones; write it once/);
    assertSome(problems, /zoox\.mdx:12:1: <Para>: unknown attribute "class": <Para> takes line=\{n\} \(optionally the bare flag headline\), nothing else/);
    assertSome(problems, /zoox\.mdx:12:1: <Para headline="no">: headline is a bare flag, written <Para headline> without a value/);
  });

  test('the bare headline flag is allowed on a paragraph', () => {
    const problems = problemsOf(
      grammar,
      edit('zoox.mdx', (text) => text.replace('<Para line={5}>', '<Para line={5} headline>')),
    );
    assert.deepEqual(problems, []);
  });

  test('markup inside a paragraph: a link, bold, an image, HTML', () => {
    for (const [markup, says] of [
      ['[华盛顿特区](https://evil.example/)', 'a link'],
      ['**华盛顿特区**', '\\*\\*bold\\*\\*'],
      ['![x](/x.png)华盛顿特区', 'an image'],
      ['<a href="https://evil.example/">华盛顿特区</a>', '<a>'],
    ] as const) {
      const problems = problemsOf(
        grammar,
        edit('zoox.mdx', (text) => text.replace('华盛顿特区', markup)),
      );
      assertOne(
        problems,
        new RegExp(`zoox\\.mdx:13:\\d+: ${says} inside <Para line=\\{5\\}>: a quoted paragraph is plain text; only <Fix> and <Credit> may mark it`),
      );
    }
  });

  test('a paragraph inside anything that could hide or demote it', () => {
    for (const [open, close, says] of [
      ['<div hidden>', '</div>', '<div hidden>'],
      ['<details>', '</details>', '<details>'],
      [':::note', ':::', ':::note'],
      ['<span className="sr-only">', '</span>', '<span className>'],
    ] as const) {
      const problems = problemsOf(
        grammar,
        edit('zoox.mdx', (text) => text.replace('<Para line={5}>', `${open}\n\n<Para line={5}>`).replace('</Para>', `</Para>\n\n${close}`)),
      );
      assertOne(
        problems,
        new RegExp(`zoox\\.mdx:14:1: <Para line=\\{5\\}> inside ${says}: a <Para> stands at the top level of the page, or inside <Turn> in <QA>`),
      );
    }
  });

  test('a paragraph in a Q&A unit without a speaker turn', () => {
    const problems = problemsOf(
      grammar,
      edit('aws.mdx', (text) => text.replace('<Turn speaker="jassy">\n', '').replace('</Para>\n</Turn>\n</QA>', '</Para>\n</QA>')),
    );
    assertSome(problems, /<Para line=\{7\}> inside <QA> but not inside a <Turn speaker="\.\.\.">: say who speaks/);
  });

  test('imports only from the project and Starlight; components must be imported', () => {
    const problems = problemsOf(
      grammar,
      edit('zoox.mdx', (text) =>
        text
          .replace("import { Para } from '~/components/transcript';", "import { Para } from '../../evil.ts';")
          .replace('<Para line={5}>', '<Paragraph line={5}>')
          .replace('</Para>', '</Paragraph>'),
      ),
    );
    assertSome(problems, /zoox\.mdx:8:1: import from "\.\.\/\.\.\/evil\.ts": pages import only the project's components/);
    assertSome(problems, /zoox\.mdx:12:1: <Paragraph> is not imported/);
  });

  test('a correction or credit used inside a paragraph without being imported', () => {
    const problems = problemsOf(
      grammar,
      edit('aws.mdx', (text) => text.replace('import { Credit, Fix, Para, QA, Turn }', 'import { Para, QA, Turn }')),
    );
    assertSome(problems, /^fixture\/docs\/aws\.mdx:\d+:\d+: <Fix> is not imported/);
    assertSome(problems, /^fixture\/docs\/aws\.mdx:\d+:\d+: <Credit> is not imported/);
  });

  test('a correction of nothing: an empty from or to', () => {
    assertOne(
      problemsOf(
        grammar,
        edit('aws.mdx', (text) => text.replace('<Fix from="QuickSleep" to="Quick Suite" />', 'QuickSleep<Fix from="" to="（编者：此说存疑）" />')),
      ),
      /^fixture\/docs\/aws\.mdx:\d+:\d+: <Fix from="">: a correction replaces words of the source/,
    );
    assertOne(
      problemsOf(
        grammar,
        edit('aws.mdx', (text) => text.replace('to="Quick Suite"', 'to=" "')),
      ),
      /<Fix to="">: say what the source presumably means/,
    );
  });

  test('a style, script or link element and a style attribute on a content page', () => {
    const problems = problemsOf(
      grammar,
      edit(
        'zoox.mdx',
        (text) => `${text}\n<style>{'#l5{display:none}'}</style>\n\n<link rel="stylesheet" href="/x.css" />\n\n<div style={{ display: 'none' }}>注</div>\n`,
      ),
    );
    assertSome(problems, /^fixture\/docs\/zoox\.mdx:\d+:\d+: <style> on a content page: it could hide or rewrite what readers see/);
    assertSome(problems, /^fixture\/docs\/zoox\.mdx:\d+:\d+: <link> on a content page/);
    assertSome(problems, /^fixture\/docs\/zoox\.mdx:\d+:\d+: <div style=\.\.\.>: a style attribute can hide or restyle text/);
    assert.equal(problems.length, 3, problems.join('\n'));
  });

  test('a correction without its original, and one with content', () => {
    assertOne(
      problemsOf(
        grammar,
        edit('aws.mdx', (text) => text.replace('<Fix from="QuickSleep" to="Quick Suite" />', '<Fix to="Quick Suite" />')),
      ),
      /aws\.mdx:16:17: <Fix> without from="\.\.\.": a correction must keep the original wording of the source visible/,
    );
  });

  test('Q&A structure: heading, analyst turn, unit line, speakers', () => {
    const problems = problemsOf(
      grammar,
      edit('aws.mdx', (text) => text.replace('## 问答：产能\n\n', '').replace('<QA line={6}>', '<QA line={7}>').replace('speaker="jassy"', 'speaker="ceo"')),
    );
    assertSome(problems, /<QA line=\{7\}> needs a heading/);
    assertSome(problems, /<QA line=\{7\}> starts with <Para line=\{6\}>: .*write <QA line=\{6\}>/);
    assertSome(problems, /<Turn speaker="ceo">: speaker must be one of "analyst", "jassy"/);
  });
});

describe('source pin', () => {
  test('an edited source fails, and says the source is never edited and how a re-import is recorded', () => {
    assertOne(
      problemsOf(sourcePin, { source: (text) => text.replace('QuickSleep', 'Quick Suite') }),
      /^fixture\/source\.txt:1: the source was changed \(SHA-256 [0-9a-f]{12}…, pinned dbe720feb2b7… in fixture\/source\.txt\.sha256\)\. The source is never edited: .*sha256sum fixture\/source\.txt`, write the hash as source\.sha256 in fixture\/source\.txt\.sha256/,
    );
  });

  test('a missing pin is a problem too', () => {
    assertOne(problemsOf(sourcePin, { pin: undefined }), /^fixture\/source\.txt\.sha256:1: the SHA-256 of fixture\/source\.txt is not pinned/);
  });
});

describe('characters', () => {
  test('invisible characters are named U+XXXX NAME at their column', () => {
    for (const [char, name] of [
      ['\u200b', 'U\\+200B ZERO WIDTH SPACE'],
      ['\u00a0', 'U\\+00A0 NO-BREAK SPACE'],
      ['\u202e', 'U\\+202E RIGHT-TO-LEFT OVERRIDE'],
    ] as const) {
      const problems = problemsOf(
        characters,
        edit('zoox.mdx', (text) => text.replace('拉斯维加斯', `拉斯${char}维加斯`)),
      );
      assertOne(problems, new RegExp(`^fixture/docs/zoox\\.mdx:13:18: invisible character ${name} at column 18`));
    }
  });

  test('a look-alike letter inside a Latin word', () => {
    assertOne(
      problemsOf(
        characters,
        edit('zoox.mdx', (text) => text.replace('Zoox自动驾驶', 'Z\u043eox自动驾驶')),
      ),
      /^fixture\/docs\/zoox\.mdx:13:2: look-alike letter U\+043E CYRILLIC SMALL LETTER O at column 2 inside a Latin word/,
    );
  });

  test('the verbatim rule names the invisible character in its difference too', () => {
    assertOne(
      problemsOf(
        verbatim,
        edit('zoox.mdx', (text) => text.replace('拉斯维加斯', '拉斯\u200b维加斯')),
      ),
      /the page adds "⟨U\+200B ZERO WIDTH SPACE⟩"/,
    );
  });
});

describe('publication', () => {
  test('a draft page that holds sentences', () => {
    assertOne(
      problemsOf(
        publication,
        edit('zoox.mdx', (text) => text.replace('topic: zoox', 'topic: zoox\ndraft: true')),
      ),
      /^fixture\/docs\/zoox\.mdx:5: draft: true, so this page is not published, but it quotes source lines 5: those sentences would leave the site/,
    );
  });

  test('an excluded file (name starting with _) that holds sentences', () => {
    const content = fixture({ pages: { 'zoox.mdx': null, '_zoox.mdx': () => problemsSource('zoox') } });
    assert.match(publication.check(content).map(formatProblem).join('\n'), /_zoox\.mdx:1: the file name starts with "_", so this page is not published/);
  });

  test('a topic page left without transcript text', () => {
    assertOne(
      problemsOf(
        publication,
        edit('zoox.mdx', (text) => text.replace(/<Para line=\{5\}>[\s\S]*<\/Para>\n/, '')),
      ),
      /^fixture\/docs\/zoox\.mdx:4: topic page without transcript text: it would publish an empty page/,
    );
  });
});

describe('verbatim', () => {
  test('a dropped sentence, at the source line, naming the page that should carry it', () => {
    assertOne(
      problemsOf(
        verbatim,
        edit('aws.mdx', (text) => text.replace('AWS营收达到330亿美元,同比增长20.2%。', '')),
      ),
      /^fixture\/source\.txt:3: sentence of source line 3 is on no page \(expected in fixture\/docs\/aws\.mdx\): "AWS营收达到330亿美元,同比增长20\.2%。"/,
    );
  });

  test('a deleted paragraph names the page whose sourceLines lists it', () => {
    assertOne(
      problemsOf(
        verbatim,
        edit('aws.mdx', (text) => text.replace(/<Para line=\{3\}>[\s\S]*?<\/Para>\n/, '')),
      ),
      /^fixture\/source\.txt:3: sentence of source line 3 is on no page \(expected in fixture\/docs\/aws\.mdx\)/,
    );
  });

  test('one changed character', () => {
    assertOne(
      problemsOf(
        verbatim,
        edit('zoox.mdx', (text) => text.replace('拉斯维加斯', '拉斯维加期')),
      ),
      /^fixture\/docs\/zoox\.mdx:12: sentence differs from source line 5 at character 20: the source has "斯", the page has "期"/,
    );
  });

  test('a silent correction', () => {
    assertOne(
      problemsOf(
        verbatim,
        edit('aws.mdx', (text) => text.replace('<Fix from="QuickSleep" to="Quick Suite" />', 'Quick Suite')),
      ),
      /aws\.mdx:15: sentence differs from source line 4 at character 17: the source has "QuickSleep", the page has "Quick Suite"/,
    );
  });

  test('a paragraph quoted on two pages, at both places', () => {
    const problems = problemsOf(
      verbatim,
      edit('index.mdx', (text) => `${text}\n<Para line={5}>\nZoox自动驾驶出租车服务已向拉斯维加斯公众开放,华盛顿特区将成为第八个测试城市。\n</Para>\n`),
    );
    assertSome(problems, /index\.mdx:16: sentence of source line 5 is quoted more than once \(also at fixture\/docs\/zoox\.mdx:12\)/);
    assertSome(problems, /zoox\.mdx:12: sentence of source line 5 is quoted more than once \(also at fixture\/docs\/index\.mdx:16\)/);
  });

  test('a sentence that is not in the source, and transcript text outside <Para>', () => {
    const problems = problemsOf(
      verbatim,
      edit('zoox.mdx', (text) =>
        text.replace('测试城市。', '测试城市。亚马逊宣布收购月球。').replace('Zoox 是亚马逊旗下的自动驾驶公司。', 'AWS营收达到330亿美元,同比增长20.2%。'),
      ),
    );
    assertSome(problems, /zoox\.mdx:12: sentence is not in the source: "亚马逊宣布收购月球。"/);
    assertSome(problems, /zoox\.mdx:10: transcript text outside <Para>: quote source line 3 only inside <Para line=\{3\}>/);
  });

  test('a mistyped line is one problem that says what to write, not a cascade', () => {
    const content = fixture(edit('zoox.mdx', (text) => text.replace('<Para line={5}>', '<Para line={3}>')));
    const all = report(
      runRules(content),
      RULES.map((rule) => rule.id),
    );
    assert.deepEqual(all, ['fixture/docs/zoox.mdx:12: <Para line={3}> quotes source line 5: write <Para line={5}> [verbatim]']);
  });

  test('paragraphs out of call order', () => {
    assertSome(
      problemsOf(
        verbatim,
        edit('aws.mdx', (text) => {
          const [three, four] = [/<Para line=\{3\}>[\s\S]*?<\/Para>/, /<Para line=\{4\}>[\s\S]*?<\/Para>/].map((re) => re.exec(text)?.[0] ?? '');
          return text
            .replace(three ?? '', '@@')
            .replace(four ?? '', three ?? '')
            .replace('@@', four ?? '');
        }),
      ),
      /aws\.mdx:\d+: <Para line=\{3\}> comes after <Para line=\{4\}>: keep paragraphs in the order of the call/,
    );
  });

  test('a line that continues the one before it cannot be quoted alone', () => {
    assertSome(
      problemsOf(
        verbatim,
        edit('aws.mdx', (text) => text.replace('电力供应,未来', '电力供应\n</Para>\n<Para line={8}>\n,未来')),
      ),
      /<Para line=\{8\}>: source line 8 is part of the paragraph that starts at line 7 \(line 8 starts with ",": it continues the sentence of line 7\)/,
    );
  });
});

describe('misquote', () => {
  test('a blockquote that repeats a source sentence with one word changed', () => {
    assertOne(
      problemsOf(
        misquote,
        edit('zoox.mdx', (text) => `${text}\n> Zoox自动驾驶出租车服务已向拉斯维加斯公众关闭,华盛顿特区将成为第八个测试城市。\n`),
      ),
      /^fixture\/docs\/zoox\.mdx:\d+: this quote is not what the source says: source line 5 has "Zoox自动驾驶出租车服务已向拉斯维加斯公众开放/,
    );
  });

  test('a quoted phrase that changes part of a sentence; an exact part and a paraphrase pass', () => {
    assertOne(
      problemsOf(
        misquote,
        edit('index.mdx', (text) => text.replace('这是编者导语。', '编者导语：电话会称“亚马逊第三季度营收达到1901.7亿美元”。')),
      ),
      /^fixture\/docs\/index\.mdx:\d+: this quote is not what the source says: source line 1 has "亚马逊第三季度营收达到1801\.7亿美元/,
    );
    assert.deepEqual(
      problemsOf(
        misquote,
        edit('index.mdx', (text) => text.replace('这是编者导语。', '电话会称“亚马逊第三季度营收达到1801.7亿美元”。')),
      ),
      [],
    );
    assert.deepEqual(
      problemsOf(
        misquote,
        edit('index.mdx', (text) => text.replace('这是编者导语。', '编者的话：“本季度的营收增长主要来自云服务”。')),
      ),
      [],
    );
  });
});

describe('syntax: root cause first', () => {
  test('an unclosed tag is one problem; its sentences are not also reported missing', () => {
    const content = fixture(edit('zoox.mdx', (text) => text.replace('</Para>\n', '')));
    const all = report(
      runRules(content),
      RULES.map((rule) => rule.id),
    );
    assert.equal(all.length, 1, all.join('\n'));
    assert.match(all[0] ?? '', /^fixture\/docs\/zoox\.mdx:12: MDX syntax error: Expected a closing tag for `<Para>` .*\[syntax\]$/);
  });

  test('invalid frontmatter YAML at its line', () => {
    assertOne(
      problemsOf(
        syntax,
        edit('zoox.mdx', (text) => text.replace('topic: zoox', 'topic: [zoox')),
      ),
      /^fixture\/docs\/zoox\.mdx:5:\d+: frontmatter is not valid YAML/,
    );
  });
});

describe('anchors and frontmatter', () => {
  test('a duplicate anchor', () => {
    const problems = problemsOf(
      anchors,
      edit('zoox.mdx', (text) => `${text}\n## 问答\n\n<QA line={6}>\n</QA>\n`),
    );
    assertSome(problems, /anchor #q6 is not unique: it is at fixture\/docs\/aws\.mdx:21 and fixture\/docs\/zoox\.mdx:18/);
  });

  test('sourceLines that disagree with the page, and an empty one, say what to write', () => {
    assertOne(
      problemsOf(
        frontmatter,
        edit('aws.mdx', (text) => text.replace("sourceLines: '3-4, 6-9'", "sourceLines: '3-4, 6-8'")),
      ),
      /aws\.mdx:5: sourceLines says "3-4, 6-8" but the page quotes lines "3-4, 6-9": write sourceLines: '3-4, 6-9'/,
    );
    assertOne(
      problemsOf(
        frontmatter,
        edit('zoox.mdx', (text) => text.replace("sourceLines: '5'", "sourceLines: ''")),
      ),
      /zoox\.mdx:5: frontmatter has no sourceLines: write sourceLines: '5' \(the lines this page quotes\)/,
    );
  });

  test('a frontmatter value that still says 待填', () => {
    assertOne(
      problemsOf(
        frontmatter,
        edit('zoox.mdx', (text) => text.replace('description: Zoox 自动驾驶出租车。', 'description: Zoox（待填：一句话说明）')),
      ),
      /^fixture\/docs\/zoox\.mdx:3: description still says 待填: write it/,
    );
  });

  test('a page that quotes the transcript without a topic', () => {
    assertSome(
      problemsOf(
        frontmatter,
        edit('zoox.mdx', (text) => text.replace('topic: zoox\n', '')),
      ),
      /zoox\.mdx:1: frontmatter has no topic/,
    );
  });

  test('two pages with one slug', () => {
    const problems = problemsOf(
      slugs,
      edit('zoox.mdx', (text) => text.replace('topic: zoox', 'topic: zoox\nslug: aws')),
    );
    assertSome(problems, /zoox\.mdx:5: slug "aws" is also claimed by fixture\/docs\/aws\.mdx/);
  });
});

describe('quotation marks', () => {
  test('editorial text quotes with 「」; the source inside <Para> keeps its own marks', () => {
    assertOne(
      problemsOf(
        quotationMarks,
        edit('aws.mdx', (text) => text.replace('## 增长', '## 增长\n\n编者：原文写作“QuickSleep”。')),
      ),
      /^fixture\/docs\/aws\.mdx:12: editorial text quotes with “”: write 「…」/,
    );
    assert.deepEqual(
      problemsOf(
        quotationMarks,
        edit('aws.mdx', (text) => text.replace('## 增长', '## 增长\n\n编者：原文写作「QuickSleep」。')),
      ),
      [],
    );
  });
});

describe('figures', () => {
  test('a value not in the cited paragraph, at the line of the field', () => {
    assertOne(
      problemsOf(figures, { figures: (text) => text.replace('value: 330亿美元', 'value: 331亿美元').replace('amount: 330', 'amount: 331') }),
      /^fixture\/figures\.yaml:3: aws-revenue: value "331亿美元" is not in paragraph l3/,
    );
  });

  test('a value that is only part of a number in the paragraph', () => {
    assertOne(
      problemsOf(figures, { figures: (text) => text.replace('value: 330亿美元', 'value: 30亿美元').replace('amount: 330', 'amount: 30') }),
      /^fixture\/figures\.yaml:3: aws-revenue: value "30亿美元" is only part of "330亿美元" in paragraph l3/,
    );
    assertOne(
      problemsOf(figures, { figures: (text) => text.replace('value: 330亿美元', "value: '330'").replace('unit: 亿美元', 'unit: 个') }),
      /aws-revenue: value "330" is only part of "330亿"/,
    );
    assert.deepEqual(
      problemsOf(figures, {
        figures: (text) => text.replace('value: 330亿美元', 'value: 20.2%').replace('amount: 330', 'amount: 20.2').replace('unit: 亿美元', "unit: '%'"),
      }),
      [],
    );
  });

  test('two figures that claim one place in the key figures of a page or in the headline', () => {
    const lead = (text: string) => text.replace('  unit: 亿美元\n', '  unit: 亿美元\n  lead: 1\n').replace('- id: test-cities', '- id: test-cities\n  lead: 1');
    assert.deepEqual(problemsOf(figures, { figures: lead }), [], 'aws-revenue and test-cities are on different pages');
    const clash = (text: string) =>
      `${lead(text)}- id: aws-growth\n  measure: AWS 增长\n  value: 20.2%\n  period: 第三季度\n  anchor: l3\n  lead: 1\n  headline: 1\n- id: aws-growth-2\n  measure: AWS 同比增长\n  value: 20.2%\n  period: 第三季度\n  anchor: l3\n  headline: 1\n`;
    const problems = problemsOf(figures, { figures: clash });
    assertSome(problems, /^fixture\/figures\.yaml:\d+: aws-growth: lead 1 is already aws-revenue's place \(line \d+\) as lead on fixture\/docs\/aws\.mdx/);
    assertSome(problems, /^fixture\/figures\.yaml:\d+: aws-growth-2: headline 1 is already aws-growth's place/);
    assert.equal(problems.length, 2, problems.join('\n'));
  });

  test('two tiles side by side with the same value need measures that tell them apart', () => {
    const twin = (id: string, measure: string, place: string) =>
      `- id: ${id}\n  measure: ${measure}\n  value: 20.2%\n  period: 第三季度\n  anchor: l3\n  ${place}\n`;
    const apart = (text: string) => `${text}${twin('growth-a', 'AWS 同比增长', 'headline: 1')}${twin('growth-b', 'AWS 营收增速', 'headline: 2')}`;
    assert.deepEqual(problemsOf(figures, { figures: apart }), []);
    const same = (text: string) => `${text}${twin('growth-a', 'AWS 增长', 'lead: 1')}${twin('growth-b', 'AWS 增长', 'lead: 2')}`;
    assertOne(
      problemsOf(figures, { figures: same }),
      /^fixture\/figures\.yaml:\d+: growth-b: shown beside growth-a \(line \d+\) with the same value "20\.2%" and the same measure "AWS 增长": write measures that tell the two tiles apart/,
    );
  });

  test('a figure shown against another: a figure of the call, compared in one sentence of the source', () => {
    const growth = '- id: aws-growth\n  measure: AWS 增长\n  value: 20.2%\n  period: 第三季度\n  anchor: l3\n';
    const against = (id: string) => (text: string) =>
      `${text.replace('  unit: 亿美元\n', `  unit: 亿美元\n  against: { figure: ${id}, label: 同比增长 }\n`)}${growth}`;
    assert.deepEqual(problemsOf(figureComparisons, { figures: against('aws-growth') }), []);
    assertOne(
      problemsOf(figureComparisons, { figures: against('test-cities') }),
      /^fixture\/figures\.yaml:8: aws-revenue: against test-cities: no sentence of paragraph l3 states both "330亿美元" and "第八个"/,
    );
    assertOne(
      problemsOf(figureComparisons, { figures: against('aws-revenue') }),
      /^fixture\/figures\.yaml:8: aws-revenue: against aws-revenue: no other figure of this call has that id/,
    );
    assertOne(problemsOf(figureComparisons, { figures: against('nope') }), /aws-revenue: against nope: no other figure/);
  });

  test('a lone 美 is not a figure', () => {
    assertOne(
      problemsOf(figures, { figures: (text) => text.replace('value: 第八个', 'value: 美') }),
      /figures\.yaml:10: test-cities: value "美" is not a number/,
    );
  });

  test('anchor: 18 says write l18', () => {
    assertOne(problemsOf(figures, { figures: (text) => text.replace('anchor: l5', 'anchor: 5') }), /figures\.yaml:12: anchor: 5 is a line number; write l5/);
  });

  test('an anchor with no paragraph, an amount the value does not state, duplicate ids, broken YAML', () => {
    assertSome(
      problemsOf(figures, { figures: (text) => text.replace('anchor: l5', 'anchor: l2') }),
      /test-cities: anchor l2: no source paragraph starts at line 2/,
    );
    assertSome(problemsOf(figures, { figures: (text) => text.replace('amount: 330', 'amount: 33') }), /amount 33 is not written in value "330亿美元"/);
    assertSome(
      problemsOf(figures, { figures: (text) => text.replace('id: test-cities', 'id: aws-revenue') }),
      /figures\.yaml:8: id "aws-revenue" is already used at line 1/,
    );
    assertOne(
      problemsOf(figures, { figures: (text) => text.replace('  period: 第三季度', ' period: 第三季度') }),
      /^fixture\/figures\.yaml:4:\d+: not valid YAML/,
    );
  });

  test('an optional field added to the schema later does not break the rule (unknown keys are still reported)', () => {
    assertSome(problemsOf(figures, { figures: (text) => text.replace('  period: 第三季度', '  period: 第三季度\n  source: l3') }), /Unrecognized key/);
  });
});

describe('glossary', () => {
  test('a duplicate id, at the entry line', () => {
    const problems = problemsOf(glossary, { glossary: (text) => text.replace('id: zoox', 'id: aws') });
    assertOne(problems, /^fixture\/glossary\.yaml:7: id "aws" is already used at line 1: ids must be unique \(one entry would be lost\)/);
  });

  test('duplicate Chinese and English names', () => {
    const problems = problemsOf(glossary, {
      glossary: (text) => text.replace('zh: Zoox', 'zh: 亚马逊云服务').replace('en: Zoox Inc.', 'en: aws (amazon web services)'),
    });
    assertSome(problems, /glossary\.yaml:8: zoox: zh "亚马逊云服务" is also the zh of "aws" at line 1/);
    assertSome(problems, /glossary\.yaml:9: zoox: en "aws \(amazon web services\)" is also the en of "aws" at line 1/);
  });

  test('a YAML indentation error fails at its line', () => {
    assertOne(
      problemsOf(glossary, { glossary: (text) => text.replace('  kind: organization', '    kind: organization') }),
      /^fixture\/glossary\.yaml:9:7: not valid YAML: Nested mappings are not allowed in compact mappings\. Check the indentation/,
    );
  });

  test('a schema error at the line of the field', () => {
    assertOne(
      problemsOf(glossary, { glossary: (text) => text.replace('page: zoox', 'page: robotaxi') }),
      /^fixture\/glossary\.yaml:12: zoox: page "robotaxi" is not a topic of any call: use one of /,
    );
  });
});

/** The zoox page's text, for tests that rename it. */
function problemsSource(name: string): string {
  return fixture().pages.find(({ page }) => page.file.endsWith(`/${name}.mdx`))?.text ?? '';
}
