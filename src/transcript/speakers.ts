/** The people who speak in the Q&A, as `<Turn speaker="...">` names them. */
export const SPEAKERS = {
  analyst: { name: '分析师', short: undefined, role: undefined, group: '分析师' },
  /** `short`: how the source names him at the start of his answers (「贾西:」). */
  jassy: { name: '安迪·贾西', short: '贾西', role: '亚马逊首席执行官', group: '管理层' },
} as const;

export type SpeakerId = keyof typeof SPEAKERS;
export type Speaker = (typeof SPEAKERS)[SpeakerId];

export function isSpeakerId(value: string): value is SpeakerId {
  return Object.hasOwn(SPEAKERS, value);
}
