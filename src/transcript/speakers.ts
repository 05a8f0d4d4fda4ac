/** The people who speak in the Q&A, as `<Turn speaker="...">` names them. */
export const SPEAKERS = {
  analyst: { name: '分析师', role: undefined, group: '分析师' },
  jassy: { name: '安迪·贾西', role: '亚马逊首席执行官', group: '管理层' },
} as const;

export type SpeakerId = keyof typeof SPEAKERS;

export function isSpeakerId(value: string): value is SpeakerId {
  return Object.hasOwn(SPEAKERS, value);
}
