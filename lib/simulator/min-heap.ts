/** A binary min-heap: merges many time-ordered streams while holding one item per stream. */
export class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly isLess: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    // Moves parents down into the hole instead of swapping: this runs millions of times per simulation.
    let index = items.length;
    items.push(item);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const above = items[parent]!;
      if (!this.isLess(item, above)) break;
      items[index] = above;
      index = parent;
    }
    items[index] = item;
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    const length = items.length;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && this.isLess(items[right]!, items[left]!) ? right : left;
      const below = items[child]!;
      if (!this.isLess(below, last)) break;
      items[index] = below;
      index = child;
    }
    items[index] = last;
    return top;
  }
}
