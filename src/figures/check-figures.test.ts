import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSource } from '../transcript/source.ts';
import { checkFigures } from './check-figures.ts';
import { parseFigures } from './load-figures.ts';

const SOURCE = parseSource('标题\n\nAWS营收达到330亿美元,同比增长20.2%。\n广告营收录得177亿美元。\n');

function check(yaml: string) {
  const { figures, problems } = parseFigures('figures.yaml', yaml);
  return [...problems, ...checkFigures('figures.yaml', figures, SOURCE)].map((p) => `${p.line}: ${p.message}`);
}

const entry = (fields: string) => `- id: aws-revenue\n  measure: AWS 营收\n  period: 第三季度\n${fields}`;

describe('checkFigures', () => {
  it('accepts a value written exactly as in the cited paragraph', () => {
    assert.deepEqual(check(entry('  value: 330亿美元\n  anchor: l3\n  amount: 330\n  unit: 亿美元\n')), []);
  });

  it('reports a value that is not in the cited paragraph, at its line', () => {
    const problems = check(`- id: ads\n  measure: 广告\n  value: 177亿美元\n  period: 第三季度\n  anchor: l4\n${entry('  value: 177亿美元\n  anchor: l3\n')}`);
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^9: aws-revenue: value "177亿美元" is not in paragraph l3/);
  });

  it('reports an anchor with no source paragraph', () => {
    assert.match(check(entry('  value: 330亿美元\n  anchor: l2\n')).join('\n'), /^5: aws-revenue: anchor l2: no source paragraph starts at line 2/);
  });

  it('reports a chart amount that the value does not state', () => {
    assert.match(check(entry('  value: 330亿美元\n  anchor: l3\n  amount: 33\n  unit: 亿美元\n')).join('\n'), /amount 33 is not written in value "330亿美元"/);
  });

  it('reports schema errors at the line of the field', () => {
    const problems = check(entry('  value: 330亿美元\n  anchor: paragraph-3\n'));
    assert.deepEqual(problems, ['5: anchor: anchor is a paragraph anchor like l4']);
  });

  it('reports unknown fields, duplicate ids and broken YAML', () => {
    assert.match(check(entry('  value: 330亿美元\n  anchor: l3\n  source: l3\n')).join('\n'), /^1: Unrecognized key/m);
    const twice = entry('  value: 330亿美元\n  anchor: l3\n');
    assert.deepEqual(check(twice + twice), ['6: id "aws-revenue" is already used at line 1: ids must be unique']);
    assert.match(check('- id: [broken\n').join('\n'), /^\d+: not valid YAML/);
    assert.deepEqual(check('id: not-a-list\n'), ['1: the file must be a YAML list of figures (- id: ...)']);
  });
});
