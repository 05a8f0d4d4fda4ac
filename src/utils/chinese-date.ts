/** `2025-10-30` → `2025年10月30日`, as Chinese text writes a date. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
