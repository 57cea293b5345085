import { expect, it } from "vitest";
import { createPacer, type Clock } from "./pacer";

function fakeClock(): Clock & { sleeps: number[] } {
  let time = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms) => {
      sleeps.push(ms);
      time += ms;
    },
  };
}

it("sends the first batch at once and spaces the next ones to stay at the rate", async () => {
  const clock = fakeClock();
  const pacer = createPacer(200, clock);
  await pacer.take(500);
  await pacer.take(500);
  await pacer.take(100);
  // 500 events at 200/s take 2.5 s of budget each.
  expect(clock.sleeps).toEqual([2500, 2500]);
  expect(clock.now()).toBe(5000);
});

it("does not wait when the sender is already slower than the rate", async () => {
  const clock = fakeClock();
  const pacer = createPacer(1000, clock);
  await pacer.take(100);
  await clock.sleep(500);
  await pacer.take(100);
  expect(clock.sleeps).toEqual([500]);
});

it("never waits without a rate, and refuses a negative one", async () => {
  const clock = fakeClock();
  const pacer = createPacer(undefined, clock);
  await pacer.take(1_000_000);
  await pacer.take(1_000_000);
  expect(clock.sleeps).toEqual([]);
  expect(() => createPacer(-5)).toThrow(/rate/);
});
