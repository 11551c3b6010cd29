/**
 * Remembers keys seen, up to a bound (the oldest forgotten first), to act once per key: one reply
 * per pull request to commands from users without the role, one handling per webhook delivery.
 */
export class FirstTimes {
  private readonly seen = new Set<string>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** True the first time `key` is offered (while it is remembered), false after. */
  first(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    if (this.seen.size > this.limit) this.seen.delete(this.seen.values().next().value!);
    return true;
  }
}
