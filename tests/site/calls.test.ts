// Many calls, on the fixture's two: the call list, each call's routes and sidebar, the call
// switch, and the topics across calls with their charts over the quarters (built HTML only).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attr, calls, homeOf, one, page, pagesOf, select, sitePath, text } from '../support/built-pages.ts';

const [newest, older] = calls;
if (!newest || !older) throw new Error('the fixture has two calls');

test("the home page leads with the newest call: the editors' sentence on what happened, its headline figures linking to their paragraphs, its topics", () => {
  const home = page('/');
  const section = one(home, 'section.call-summary');
  assert.equal(attr(section, 'data-call'), newest.id);
  assert.ok(text(one(section, 'h2')).includes(newest.label));
  const overview = newest.data.topics.find((topic) => topic.id === 'overview');
  assert.ok(overview, 'the newest call has an overview');
  assert.ok(text(one(section, '.home-lead')).endsWith(overview.summary));
  assert.ok(text(one(section, '.home-lead time')).match(/^\d{4}年\d{1,2}月\d{1,2}日$/));
  const headline = newest.figures.filter((figure) => figure.headline !== undefined).sort((a, b) => (a.headline ?? 0) - (b.headline ?? 0));
  assert.ok(headline.length > 0, `${newest.id} has headline figures`);
  assert.deepEqual(
    select(section, '.headline-figures a[data-figure]').map((link) => [attr(link, 'data-figure'), text(one(link, '.figure-strip__value')), attr(link, 'href')]),
    headline.map((figure) => [figure.id, figure.value, `${sitePath(homeOf(newest.id, figure.anchor))}#${figure.anchor}`]),
  );
  const topics = pagesOf(newest.id).filter((candidate) => candidate.route !== `/${newest.id}/` && candidate.frontmatter['topic']);
  assert.deepEqual(
    select(section, '.home-topics a').map((link) => attr(link, 'href')),
    newest.data.topics.flatMap((topic) =>
      topics.filter((candidate) => candidate.frontmatter['topic'] === topic.id).map((candidate) => sitePath(candidate.route)),
    ),
  );
});

test('the home page lists every call newest first, with its date, and the older ones with what happened', () => {
  const items = select(page('/'), '.call-list__item');
  assert.deepEqual(
    items.map((item) => [attr(item, 'data-call'), attr(one(item, 'a'), 'href'), select(item, '.call-list__summary').map((summary) => text(summary))]),
    calls.map((call, index) => [call.id, sitePath(`/${call.id}/`), index === 0 ? [] : [call.data.topics.find((topic) => topic.id === 'overview')?.summary]]),
  );
  for (const item of items) assert.match(text(one(item, '.call-list__date')), /^\d{4}年\d{1,2}月\d{1,2}日$/);
});

test("the home page is not the call's overview again: no topic cards, no quoted text, a title of its own", () => {
  const home = page('/');
  const overview = page(`/${newest.id}/`);
  assert.equal(select(home, '.topic-list, .tx-para').length, 0);
  assert.ok(select(overview, '.topic-list').length > 0 && select(overview, '.tx-para').length > 0, 'the overview has both');
  assert.notEqual(text(one(home, 'h1')), text(one(overview, 'h1')));
  assert.ok(text(one(home, 'h1')).startsWith(newest.company.name));
});

test('a figure the source compares with another shows it on its tiles: 1.95美元 with 分析师平均预期 1.57美元', () => {
  const compared = calls.flatMap((call) => call.figures.filter((figure) => figure.against).map((figure) => ({ call, figure })));
  assert.ok(compared.length > 0, 'the fixture compares a figure with another');
  for (const { call, figure } of compared) {
    const other = call.figures.find((candidate) => candidate.id === figure.against?.figure);
    const tiles = pagesOf(call.id).flatMap(({ route }) => select(page(route), `.figure-strip a[data-figure="${figure.id}"]`));
    assert.ok(tiles.length > 0, `${figure.id} is on a tile`);
    for (const tile of tiles) assert.equal(text(one(tile, '.figure-strip__against')).replace(/\s+/g, ' '), `${figure.against?.label} ${other?.value}`);
  }
});

test("every page of a call lives under /<call-id>/, with the call's overview, figures and original order", () => {
  for (const call of calls) {
    assert.ok(pagesOf(call.id).length > 0, call.id);
    for (const slug of ['', 'figures/', 'transcript/']) assert.ok(page(`/${call.id}/${slug}`), `${call.id}/${slug}`);
  }
});

test("the sidebar shows the reader's call only, its topic pages in the order of its call.yaml", () => {
  for (const call of calls) {
    const sidebar = one(page(`/${call.id}/`), '#starlight__sidebar');
    const groups = select(sidebar, 'summary').map((summary) => text(summary).trim());
    assert.ok(groups.includes(call.label), call.id);
    for (const other of calls.filter((candidate) => candidate !== call)) assert.ok(!groups.includes(other.label), `${call.id} shows ${other.id}`);
    const hrefs = select(sidebar, 'ul.top-level a').map((link) => attr(link, 'href'));
    const topics = call.data.topics.map((topic) => {
      const topicPage = pagesOf(call.id).find((candidate) => candidate.frontmatter['topic'] === topic.id);
      assert.ok(topicPage, `${call.id}: a page for topic ${topic.id}`);
      return sitePath(topicPage.route);
    });
    assert.deepEqual(
      hrefs.filter((href) => href !== undefined && topics.includes(href)),
      topics,
      call.id,
    );
  }
});

test('the call switch lists every call, marks the current one, and leads to the same page of another call or to its overview', () => {
  const switchOf = (route: string) => select(page(route), '.call-switch a');
  for (const call of calls) {
    const links = switchOf(`/${call.id}/`);
    assert.deepEqual(
      links.map((link) => attr(link, 'data-call')),
      calls.map((candidate) => candidate.id),
    );
    assert.deepEqual(
      links.filter((link) => attr(link, 'aria-current') !== undefined).map((link) => attr(link, 'data-call')),
      [call.id],
    );
  }
  // A page both calls have (aws) leads to the other call's page of that topic; one the other lacks (zoox), to its overview.
  const target = (route: string, call: string) => attr(switchOf(route).find((link) => attr(link, 'data-call') === call) ?? one(page(route), 'body'), 'href');
  assert.ok(pagesOf(older.id).some((candidate) => candidate.route === `/${older.id}/zoox/`));
  assert.ok(!pagesOf(newest.id).some((candidate) => candidate.route === `/${newest.id}/zoox/`));
  assert.equal(target(`/${older.id}/aws/`, newest.id), sitePath(`/${newest.id}/aws/`));
  assert.equal(target(`/${newest.id}/aws/`, older.id), sitePath(`/${older.id}/aws/`));
  assert.equal(target(`/${older.id}/zoox/`, newest.id), sitePath(`/${newest.id}/`));
});

test('a topic across calls lists what each call said, newest first, linking to the paragraphs, with its figures', () => {
  const index = select(page('/topics/'), 'main a').map((link) => attr(link, 'href'));
  assert.ok(index.includes(sitePath('/topics/aws/')), index.join(', '));
  const tree = page('/topics/aws/');
  const withAws = calls.filter((call) => pagesOf(call.id).some((candidate) => candidate.frontmatter['topic'] === 'aws'));
  assert.equal(withAws.length, 2);
  const sections = select(tree, 'section.topic-call');
  assert.deepEqual(
    sections.map((section) => attr(section, 'data-call')),
    withAws.map((call) => call.id),
  );
  for (const section of sections) {
    const call = attr(section, 'data-call') ?? '';
    const paragraphs = pagesOf(call).find((candidate) => candidate.route === `/${call}/aws/`)?.paragraphs ?? [];
    assert.deepEqual(
      select(section, '.topic-call__paragraphs a').map((link) => attr(link, 'href')),
      paragraphs.map((paragraph) => `${sitePath(`/${call}/aws/`)}#l${paragraph.line}`),
      call,
    );
    const values = select(section, '.key-figures__value').map((value) => text(value));
    assert.ok(values.length > 0, call);
    for (const value of values)
      assert.ok(
        calls.find((candidate) => candidate.id === call)?.figures.some((figure) => figure.value === value),
        `${call}: ${value}`,
      );
  }
});

test('a metric two calls report is charted over the quarters; one reported once says what will be plotted', () => {
  const tree = page('/topics/aws/');
  const reported = (metric: string) => calls.flatMap((call) => call.figures.filter((figure) => figure.metric === metric).map((figure) => ({ call, figure })));
  const charted = reported('aws-revenue');
  assert.equal(charted.length, 2);
  const chart = one(tree, 'figure[data-chart="metric-aws-revenue"]');
  const svg = one(chart, 'svg[role="img"]');
  const texts = select(svg, 'text').map((node) => text(node));
  for (const { figure } of charted) assert.ok(texts.includes(figure.value), figure.value);
  // Each quarter's number links to its paragraph, in its own call.
  assert.deepEqual(
    select(chart, 'figcaption a')
      .map((link) => attr(link, 'href'))
      .sort(),
    charted.map(({ call, figure }) => `${sitePath(homeOf(call.id, figure.anchor))}#${figure.anchor}`).sort(),
  );
  const once = reported('aws-backlog');
  assert.equal(once.length, 1);
  assert.equal(select(tree, 'figure[data-chart="metric-aws-backlog"]').length, 0);
  assert.match(text(one(tree, '.metric-pending[data-metric="aws-backlog"]')), /下一场电话会加入并报告它后，这里会画出它在各季度的走势/);
});

test('a topic across calls notes the editors’ correction beside the source’s word in a paragraph’s first words', () => {
  const excerpts = select(page('/topics/aws/'), '.topic-call__paragraphs li').map((item) => text(item));
  const corrected = excerpts.filter((excerpt) => excerpt.includes('QuickSleep'));
  assert.ok(corrected.length > 0, excerpts.join('\n'));
  for (const excerpt of corrected) assert.ok(excerpt.includes('QuickSleep〔更正：Quick Suite〕'), excerpt);
});
