/** Anchor ids of transcript blocks, derived from source line numbers (never from headings). */
export function paragraphId(line: number): string {
  return `l${line}`;
}

export function qaId(line: number): string {
  return `q${line}`;
}
