/**
 * Compile-time proof that a schema's inferred type and a hand-written domain type are one type:
 * `sameType<z.output<typeof schema>, DomainType>(true)` stops compiling when either drifts.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export function sameType<A, B>(proof: Same<A, B>): Same<A, B> {
  return proof;
}
