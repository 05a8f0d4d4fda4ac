// How a call reads, in the fixture's built HTML: figures (tables, key-figure boxes, static
// charts), the call in its original order, Q&A units and their index, corrections and the credit,
// copy controls, and the glossary. Layout, clipboard and focus are tested in a browser (e2e/).
import type { Element } from 'hast';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_LEAD_FIGURES } from '../../src/schemas/figure.ts';
import { source } from '../../e2e/support/site.ts';
import { attr, builtFile, CALL, fixtureCall, homeOf, one, page, pages, pagesOf, select, sitePath, text } from '../support/built-pages.ts';

const call = fixtureCall(CALL);
const topicPages = pagesOf(CALL).filter((candidate) => candidate.frontmatter['topic']);
/** A quote's text as the source has it: editorial parts (controls, corrections' new wording) left out. */
const quoted = (element: Element) => text(element, (child) => attr(child, 'data-editorial') !== undefined).trim();

test('the figures table lists every figure once, with its value, linking to the paragraph that states it', () => {
  const tree = page(`/${CALL}/figures/`);
  const rows = select(tree, '.figures-table tbody tr');
  assert.deepEqual(rows.map((row) => attr(row, 'data-figure')).sort(), call.figures.map((figure) => figure.id).sort());
  for (const figure of call.figures) {
    const row = one(tree, `tr[data-figure="${figure.id}"]`);
    assert.equal(text(one(row, '.figures-table__value')), figure.value, figure.id);
    assert.equal(attr(one(row, 'a'), 'href'), `${sitePath(homeOf(CALL, figure.anchor))}#${figure.anchor}`, figure.id);
  }
});

test('a topic page with two or more lead figures shows them in their order after its lead paragraph; others show no box', () => {
  let boxes = 0;
  for (const { route, paragraphs } of topicPages) {
    const tree = page(route);
    const lead = call.figures
      .filter((figure) => figure.lead !== undefined && paragraphs.some((paragraph) => `l${paragraph.line}` === figure.anchor))
      .sort((a, b) => (a.lead ?? 0) - (b.lead ?? 0));
    const box = select(tree, '.key-figures');
    if (lead.length < 2) {
      assert.equal(box.length, 0, route);
      continue;
    }
    boxes++;
    const links = select(one(tree, '.key-figures'), 'a[data-figure]');
    assert.deepEqual(
      links.map((link) => [attr(link, 'data-figure'), attr(link, 'href'), text(one(link, '.figure-strip__value'))]),
      lead.slice(0, MAX_LEAD_FIGURES).map((figure) => [figure.id, `#${figure.anchor}`, figure.value]),
      route,
    );
    // One measure, one value: no measure twice in a box.
    const measures = select(one(tree, '.key-figures'), '.figure-strip__measure').map((measure) => text(measure));
    assert.equal(new Set(measures).size, measures.length, route);
    // After the page's lead paragraph, before its first section.
    const order = select(one(tree, '.sl-markdown-content'), ':scope > *').map((element) => attr(element, 'class') ?? element.tagName);
    assert.equal(order.indexOf('key-figures'), 1, route);
    assert.ok(order.findIndex((name) => /sl-heading-wrapper|^h2$/.test(name)) > 1, route);
  }
  assert.ok(boxes >= 2, `${boxes} pages with a box`);
});

test("a call's overview leads with its headline figures; the source's headline is quoted as original text", () => {
  const tree = page(`/${CALL}/`);
  const headline = call.figures.filter((figure) => figure.headline !== undefined).sort((a, b) => (a.headline ?? 0) - (b.headline ?? 0));
  assert.deepEqual(
    select(tree, '.headline-figures a[data-figure]').map((link) => attr(link, 'data-figure')),
    headline.map((figure) => figure.id),
  );
  const sourceHeadline = one(tree, '#l1');
  assert.equal(sourceHeadline.tagName, 'blockquote');
  assert.deepEqual(attr(sourceHeadline, 'class')?.split(' ').sort(), ['tx-para', 'tx-para--headline']);
});

test('charts are static SVG with an accessible name, a description and their numbers as text; the page loads no charting code', () => {
  const tree = page(`/${CALL}/figures/`);
  assert.ok(call.charts.length > 0);
  for (const chart of call.charts) {
    const svg = one(tree, `figure[data-chart="${chart.id}"] svg[role="img"]`);
    assert.equal(text(one(svg, `#${attr(svg, 'aria-labelledby') ?? ''}`)), chart.title, chart.id);
    const description = text(one(svg, `#${attr(svg, 'aria-describedby') ?? ''}`));
    const texts = select(svg, 'text').map((node) => text(node));
    for (const bar of chart.bars) {
      const value = call.figures.find((figure) => figure.id === bar.figure)?.value ?? `missing ${bar.figure}`;
      assert.ok(texts.includes(value), `${chart.id}: ${value}`);
      assert.ok(description.includes(`${bar.label}：${value}`), `${chart.id}: ${bar.label}`);
    }
  }
  for (const script of select(tree, 'script[src]')) {
    const src = attr(script, 'src') ?? '';
    assert.doesNotMatch(builtFile(src.replace(/^\/sub\//, '')), /vega/i, src);
  }
});

test('the call in order has every source paragraph once, in order, each linking to its home, with real sections in the table of contents', () => {
  const tree = page(`/${CALL}/transcript/`);
  assert.equal(text(one(tree, 'h1')), '按原顺序阅读全文');
  assert.deepEqual(
    select(tree, '.tx-para').map((paragraph) => ({
      id: attr(paragraph, 'id'),
      text: quoted(paragraph),
      home: attr(one(paragraph, 'a.call-home'), 'href'),
    })),
    source.map((paragraph) => ({ id: paragraph.id, text: paragraph.text, home: `${sitePath(homeOf(CALL, paragraph.id))}#${paragraph.id}` })),
  );
  // Corrections look as on the topic page; the page is not in the search index.
  assert.equal(select(tree, '.tx-fix del').length, 1);
  assert.equal(select(tree, '[data-pagefind-body]').length, 0);
  const headings = select(one(tree, '.sl-markdown-content'), '[id]').filter((element) => /^h[23]$/.test(element.tagName));
  const units = pagesOf(CALL).flatMap((candidate) => candidate.qas);
  assert.deepEqual(
    headings.slice(0, 2).map((heading) => text(heading)),
    ['管理层发言', '分析师问答'],
  );
  assert.equal(headings.length, 2 + units.length);
  const toc = select(one(tree, 'starlight-toc'), 'a').map((link) => decodeURIComponent(attr(link, 'href') ?? '').slice(1));
  for (const heading of headings) assert.ok(toc.includes(attr(heading, 'id') ?? ''), text(heading));
});

test('a correction keeps the original wording, struck out, beside the new one', () => {
  const corrections = pagesOf(CALL).flatMap(({ route, paragraphs }) =>
    paragraphs.flatMap(({ line, corrections }) => corrections.map((fix) => ({ route, line, fix }))),
  );
  assert.ok(corrections.length > 0);
  for (const { route, line, fix } of corrections) {
    const element = one(page(route), `#l${line} .tx-fix`);
    assert.equal(text(one(element, 'del')), fix.from, route);
    assert.equal(text(one(element, 'ins')), fix.to, route);
  }
});

test("the publisher's credit stays verbatim at the end of its paragraph, labelled as the publisher's byline, in the call's order too", () => {
  const last = source.at(-1);
  assert.ok(last);
  for (const route of [homeOf(CALL, last.id), `/${CALL}/transcript/`]) {
    const credit = one(page(route), `#${last.id} .tx-credit`);
    const label = one(credit, '.tx-credit__label');
    assert.equal(text(label), '出版方署名', route);
    assert.notEqual(attr(label, 'data-editorial'), undefined, route);
    assert.ok(last.text.endsWith(quoted(credit)), `${route}: ${quoted(credit)}`);
    assert.ok(quoted(credit).startsWith('('), route);
  }
});

test("Q&A units name each speaker once: the header gives the role where the source's own label names the speaker", () => {
  const units = pages.flatMap(({ route, qas }) => qas.map((qa) => ({ route, qa })));
  assert.ok(units.length >= 3);
  const cases = new Set<string>();
  for (const { route, qa } of units) {
    const unit = one(page(route), `section#q${qa.line}`);
    for (const turn of select(unit, 'figure.tx-turn')) {
      const speaker = attr(turn, 'data-speaker');
      const caption = text(one(turn, 'figcaption'));
      const [first] = select(turn, '.tx-para');
      const label = select(turn, '.tx-turn__label').map((element) => text(element));
      const named = label[0]?.startsWith('贾西') ?? false;
      cases.add(`${speaker} ${named}`);
      // The source's label is kept as it is, at the start of the turn's first paragraph.
      assert.ok(first && label.length === 1 && quoted(first).startsWith(label[0] ?? ''), `${route}#q${qa.line} ${speaker}`);
      if (speaker === 'analyst') assert.equal(caption, '分析师');
      else if (named) assert.equal(caption, '亚马逊首席执行官', `${route}#q${qa.line}`);
      else assert.equal(caption, '安迪·贾西 · 亚马逊首席执行官', `${route}#q${qa.line}`);
    }
    assert.deepEqual(
      select(unit, '.tx-para').map((paragraph) => attr(paragraph, 'id')),
      qa.paragraphs.map((paragraph) => `l${paragraph.line}`),
    );
  }
  // Both kinds of answer are in the fixture: one that opens 「贾西:」, one that opens 「答:」.
  assert.deepEqual([...cases].sort(), ['analyst false', 'jassy false', 'jassy true']);
});

test("every paragraph of a turn that does not open with its speaker's name carries the cue shown when a link lands on it", () => {
  const turns = pages.flatMap(({ route }) => select(page(route), '.sl-markdown-content figure.tx-turn'));
  const long = turns.filter((turn) => select(turn, '.tx-para').length >= 3);
  assert.ok(long.length > 0, 'the fixture has an answer of three paragraphs or more');
  for (const turn of turns) {
    const name = attr(turn, 'data-speaker') === 'jassy' ? '安迪·贾西' : '分析师';
    for (const [index, paragraph] of select(turn, '.tx-para').entries()) {
      const cue = attr(paragraph, 'data-speaker-cue');
      if (index > 0) assert.equal(cue, `${name}（续）`, attr(paragraph, 'id'));
      else if (quoted(paragraph).startsWith('贾西')) assert.equal(cue, undefined, attr(paragraph, 'id'));
      else assert.equal(cue, name, attr(paragraph, 'id'));
    }
  }
});

test('the Q&A index lists every question in full, in call order, with its topic and who answers, linking to its unit', () => {
  const units = pagesOf(CALL)
    .flatMap(({ route, title, qas }) => qas.map((qa) => ({ route, title, qa })))
    .sort((a, b) => a.qa.line - b.qa.line);
  const items = select(page(`/${CALL}/qa/`), '.qa-index__item');
  assert.equal(items.length, units.length);
  for (const [index, { route, title, qa }] of units.entries()) {
    const item = items[index] as Element;
    const link = one(item, 'a');
    assert.equal(text(link), qa.title);
    assert.equal(attr(link, 'href'), `${sitePath(route)}#q${qa.line}`);
    const question = qa.paragraphs
      .filter((paragraph) => paragraph.speaker === 'analyst')
      .map((paragraph) => paragraph.text)
      .join('');
    assert.equal(text(one(item, '.qa-index__question')), question);
    assert.match(text(one(item, '.qa-index__meta')), new RegExp(`主题：${title} · 回答：安迪·贾西`));
  }
});

test('each quoted paragraph and each Q&A unit has one copy control, for its own anchor, named for screen readers', () => {
  for (const { route, paragraphs, title } of topicPages) {
    const tree = page(route);
    for (const paragraph of select(tree, '.tx-para')) {
      const id = attr(paragraph, 'id') ?? '';
      const controls = [...select(paragraph, ':scope > button'), ...select(paragraph, ':scope > a')];
      assert.equal(controls.length, 1, `${route}#${id}`);
      assert.equal(attr(controls[0] as Element, 'data-copy-anchor'), id);
      // Named by the heading it stands under, as readers know it (its Q&A unit's question in a Q&A).
      const section = paragraphs.find((quoted) => `l${quoted.line}` === id)?.section ?? title;
      assert.equal(text(controls[0] as Element), `复制链接：「${section}」这一段`);
    }
    for (const unit of select(tree, 'section.tx-qa')) {
      const control = one(unit, ':scope > button.tx-copy');
      assert.equal(attr(control, 'data-copy-anchor'), attr(unit, 'id'));
      assert.equal(text(control), '复制链接：本问答');
    }
  }
});

test('the glossary is sorted by pinyin with a letter index, lists terms but not site sections, and links each term to the pages that mention it', () => {
  const tree = page('/glossary/');
  const letters = select(tree, '.glossary-index a').map((link) => text(link));
  assert.ok(letters.length >= 3);
  assert.deepEqual(letters, [...letters].sort());
  for (const letter of letters) assert.equal(text(one(tree, `#letter-${letter.toLowerCase()}`)), letter);
  // kind: topic names a page of the site, not a term.
  assert.equal(select(tree, '[data-term="chips-topic"]').length, 0);
  assert.equal(select(tree, '[data-term="andy-jassy"]').length, 1);
  // The pages whose own text (not generated boxes, not speaker labels) mentions a name or an alias.
  const pageText = (route: string) =>
    text(one(page(route), 'h1')) +
    text(
      one(page(route), '.sl-markdown-content'),
      (element) =>
        ['key-figures', 'topic-list'].some((name) => attr(element, 'class')?.split(' ').includes(name)) ||
        attr(element, 'data-pagefind-ignore') !== undefined ||
        attr(element, 'data-editorial') !== undefined,
    );
  const allTopicPages = pages.filter((candidate) => candidate.frontmatter['topic']).map((candidate) => candidate.route);
  for (const [term, names] of [
    ['bedrock', ['Bedrock']],
    ['trainium', ['Trainium']],
    ['zoox', ['Zoox', '自动驾驶出租车']],
    ['andy-jassy', ['安迪·贾西', '贾西']],
  ] as const) {
    const linked = select(one(tree, `[data-term="${term}"]`), '.glossary__pages a').map((link) => attr(link, 'href'));
    const mentioning = allTopicPages.filter((route) => names.some((name) => pageText(route).includes(name))).map(sitePath);
    assert.ok(mentioning.length > 0, term);
    assert.deepEqual([...linked].sort(), [...mentioning].sort(), term);
  }
});
