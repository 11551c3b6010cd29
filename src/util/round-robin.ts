/**
 * Up to `size` items, taken in turn from each group (groups in first-seen order, items in
 * their order), so a large group cannot crowd out the others.
 */
export function roundRobin<T>(items: readonly T[], groupOf: (item: T) => string, size: number): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = groupOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const out: T[] = [];
  for (let round = 0; out.length < size; round++) {
    let took = false;
    for (const list of groups.values()) {
      if (round < list.length && out.length < size) {
        out.push(list[round]!);
        took = true;
      }
    }
    if (!took) break;
  }
  return out;
}
