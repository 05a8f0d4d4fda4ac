import type { Speaker } from './speakers.ts';

/**
 * Who speaks, once per turn, in a turn's rendered paragraphs. The source opens a turn with its own
 * speaker label (「问:」「贾西:」「答:」): that label, verbatim, is set as the turn's speaker label
 * (`tx-turn__label`, no text added or changed). Where it names the speaker (「贾西:」), the turn's
 * header gives only the role, so the name is not read twice. Every paragraph that does not open
 * with the speaker's name carries a cue (`data-speaker-cue`), shown when a link lands on it
 * (transcript.css), so a reader arriving mid-answer sees who is speaking.
 */
export function markTurnSpeaker(html: string, speaker: Speaker): { html: string; namedInText: boolean } {
  let index = 0;
  let namedInText = false;
  const marked = html.replace(/(<blockquote class="tx-para\b[^>]*)>(\s*<p>)([^<:：,，。]{1,6}[:：])?/g, (_, open: string, p: string, label?: string) => {
    const first = index++ === 0;
    const names = first && label !== undefined && ([speaker.name, speaker.short] as (string | undefined)[]).includes(label.slice(0, -1).trim());
    if (names) namedInText = true;
    const cue = names ? '' : ` data-speaker-cue="${first ? speaker.name : `${speaker.name}（续）`}"`;
    const body = first && label ? `<span class="tx-turn__label">${label}</span>` : (label ?? '');
    return `${open}${cue}>${p}${body}`;
  });
  return { html: marked, namedInText };
}
