import { expect, it } from "vitest";
import { MinHeap } from "./min-heap";
import { createRandom } from "./random";

it("pops items in ascending order, whatever order they were pushed in", () => {
  const random = createRandom(9);
  const numbers = Array.from({ length: 500 }, () => random.int(0, 100));
  const heap = new MinHeap<number>((a, b) => a < b);
  numbers.forEach((number) => heap.push(number));
  const popped: number[] = [];
  while (heap.size > 0) popped.push(heap.pop()!);
  expect(popped).toEqual([...numbers].sort((a, b) => a - b));
  expect(heap.pop()).toBeUndefined();
});
