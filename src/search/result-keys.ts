/**
 * Arrow-key movement through the search box and its result links: the item after (or
 * before) the focused one, or undefined at either end or when nothing in the list has focus.
 */
export function moveFocus<T>(items: readonly T[], focused: unknown, step: 1 | -1): T | undefined {
  const index = items.indexOf(focused as T);
  if (index === -1) return undefined;
  return items[index + step];
}
