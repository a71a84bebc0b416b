// Lookups over ranges of a text in bounded time, not a scan per item: a hostile paragraph may hold tens of thousands
// of countries, tiers or figures.

/** Index of the first item for which `reached` holds (items.length if none); `reached` must hold for every item after
 * the first one it holds for. */
export function firstWhere<T>(items: readonly T[], reached: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (reached(items[middle] as T)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The items that lie within [from, to), for items in text order. */
export function within<T extends { from: number; to: number }>(items: readonly T[], range: { from: number; to: number }): T[] {
  const first = firstWhere(items, (item) => item.from >= range.from);
  const end = firstWhere(items, (item) => item.from >= range.to);
  return items.slice(first, end).filter((item) => item.to <= range.to);
}

/** Which indexes the ranges cover, built once so each lookup is constant. */
export function coverage(ranges: readonly { from: number; to: number }[]): (index: number) => boolean {
  const marked = new Set<number>();
  for (const range of ranges) for (let index = range.from; index < range.to; index++) marked.add(index);
  return (index) => marked.has(index);
}
