/** The simulator's seeded PRNG (mulberry32): the same seed gives the same rows on every run. */
export { mulberry32 as seededRandom } from "@/lib/simulator/random";

export function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

export function chance(random: () => number, probability: number): boolean {
  return random() < probability;
}
