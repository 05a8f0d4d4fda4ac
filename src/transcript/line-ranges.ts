/**
 * Source line ranges as written in frontmatter: `"8-18, 27-30, 56"`.
 * Returns the sorted, expanded list of line numbers, or an error message.
 */
export function parseLineRanges(value: string): { lines: number[] } | { error: string } {
  const lines = new Set<number>();
  for (const part of value.split(/[,，]/)) {
    const range = part.trim();
    const match = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(range);
    if (!match) return { error: `"${range}" is not a line or a range like 8-18` };
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    if (start < 1 || end < start) return { error: `"${range}" is not an increasing range of lines` };
    for (let line = start; line <= end; line++) lines.add(line);
  }
  return { lines: [...lines].sort((a, b) => a - b) };
}

/** The inverse of parseLineRanges: `[8, 9, 10, 27]` → `"8-10, 27"`. */
export function formatLineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i++) {
    const line = sorted[i] as number;
    const next = sorted[i + 1];
    if (next === line + 1) continue;
    parts.push(start === line ? `${line}` : `${start}-${line}`);
    start = next;
  }
  return parts.join(', ');
}
