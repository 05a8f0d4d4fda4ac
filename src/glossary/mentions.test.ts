import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePage } from '../transcript/parse-page.ts';
import { mentions, namesOf, pageText } from './mentions.ts';

const page = parsePage(
  'aws.mdx',
  `---\ntitle: AWS\n---\n\nimport { Fix, Para } from '~/components/transcript';\n\n编者导语：Project Rainier。\n\n<Para line={16}>\n亚马逊推出的Transform智能体已帮助客户,近期推出了<Fix from="QuickSleep" to="Quick Suite" />服务。\n</Para>\n`,
);
const text = pageText(page);

describe('glossary mentions', () => {
  it('splits an English name with parentheses into its parts', () => {
    assert.deepEqual(namesOf({ zh: '亚马逊云服务', en: 'AWS (Amazon Web Services)', aliases: [] }), [
      '亚马逊云服务',
      'aws(amazonwebservices)',
      'aws',
      'amazonwebservices',
    ]);
  });

  it('finds names in transcript text regardless of spacing and case', () => {
    assert.equal(mentions(text, { zh: 'Transform 智能体', en: 'AWS Transform', aliases: [] }), true);
    assert.equal(mentions(text, { zh: 'Rainier', en: 'PROJECT RAINIER', aliases: [] }), true);
  });

  it('finds a corrected name and the original wording, and nothing that is not there', () => {
    assert.equal(mentions(text, { zh: 'Quick Suite', en: 'Amazon Quick Suite', aliases: [] }), true);
    assert.equal(mentions(text, { zh: '睡眠', en: 'Sleep', aliases: ['QuickSleep'] }), true);
    assert.equal(mentions(text, { zh: '柯伊伯计划', en: 'Project Kuiper', aliases: ['Kuiper'] }), false);
  });
});
