import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SPEAKERS } from './speakers.ts';
import { markTurnSpeaker } from './turn-speaker.ts';

const para = (line: number, text: string) =>
  `<blockquote class="tx-para" id="l${line}" data-line="${line}"><p>${text}</p><button>复制链接</button></blockquote>`;

test("the source's own speaker label opens the turn, marked but unchanged; a label naming the speaker says so", () => {
  const { html, namedInText } = markTurnSpeaker(para(28, '贾西: 在产能方面,我们新增了产能。') + para(29, '在芯片方面,需求强劲。'), SPEAKERS.jassy);
  assert.equal(namedInText, true);
  assert.match(html, /<p><span class="tx-turn__label">贾西:<\/span> 在产能方面,我们新增了产能。<\/p>/);
  assert.equal(html.replace(/<[^>]*>/g, ''), '贾西: 在产能方面,我们新增了产能。复制链接在芯片方面,需求强劲。复制链接');
});

test('a paragraph that does not open with the speaker’s name carries a cue: the name, and 续 after the first', () => {
  const { html } = markTurnSpeaker(para(28, '贾西: 在产能方面。') + para(29, '在芯片方面:需求强劲。') + para(30, '虽然目前。'), SPEAKERS.jassy);
  assert.doesNotMatch(html, /id="l28"[^>]*data-speaker-cue/);
  assert.match(html, /id="l29"[^>]*data-speaker-cue="安迪·贾西（续）"><p>在芯片方面:需求强劲。/);
  assert.match(html, /id="l30"[^>]*data-speaker-cue="安迪·贾西（续）">/);
});

test('a label that does not name the speaker (问:, 答:) keeps the name in the header and cues the first paragraph too', () => {
  const answer = markTurnSpeaker(para(9, '答:是的。'), SPEAKERS.jassy);
  assert.equal(answer.namedInText, false);
  assert.match(answer.html, /data-speaker-cue="安迪·贾西"><p><span class="tx-turn__label">答:<\/span>是的。/);
  const question = markTurnSpeaker(para(8, '问:产能是否存在瓶颈?'), SPEAKERS.analyst);
  assert.equal(question.namedInText, false);
  assert.match(question.html, /<span class="tx-turn__label">问:<\/span>产能/);
});

test('a paragraph without a label is left as it is, apart from its cue', () => {
  const { html, namedInText } = markTurnSpeaker(para(8, '以下为分析师提问环节,请看。'), SPEAKERS.analyst);
  assert.equal(namedInText, false);
  assert.match(html, /data-speaker-cue="分析师"><p>以下为分析师提问环节,请看。<\/p>/);
});
