/**
 * Compile-time proof that a schema's inferred type and a hand-written domain type are one type:
 * `sameType<z.output<typeof schema>, DomainType>(true)` stops compiling when either drifts (the
 * keys are compared too, so an optional field added on one side only is caught).
 */
export type Same<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

export function sameType<A, B>(proof: Same<A, B>): Same<A, B> {
  return proof;
}
