import type pg from "pg";
import { userIdSql } from "./load-fleet";

export type QueryKind = "prefix" | "substring" | "typo" | "address";
export type SearchCase = { kind: QueryKind; text: string };
export type SampledUser = { id: string; displayName: string; email: string };

const KINDS: readonly QueryKind[] = ["prefix", "substring", "typo", "address"];

const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

/** `count` existing users, drawn uniformly by number. */
export async function sampleUsers(client: pg.Client, users: number, count: number): Promise<SampledUser[]> {
  const numbers = Array.from({ length: count }, () => randomInt(1, users));
  const { rows } = await client.query<SampledUser>(
    `SELECT id, "displayName", email FROM directory_user WHERE id IN (SELECT ${userIdSql("n")} FROM unnest($1::bigint[]) AS n)`,
    [numbers],
  );
  return rows;
}

/** One letter of the word replaced by another: what a caller spelling a name out produces. */
function withTypo(word: string): string {
  const at = randomInt(1, word.length - 2);
  const replacement = word[at] === "e" ? "a" : "e";
  return word.slice(0, at) + replacement + word.slice(at + 1);
}

function caseFor(kind: QueryKind, user: SampledUser): SearchCase {
  const [first = "", last = ""] = user.displayName.split(" ");
  const local = user.email.split("@")[0]!;
  switch (kind) {
    case "prefix": {
      const name = Math.random() < 0.5 ? first : last;
      return { kind, text: name.slice(0, randomInt(2, Math.min(5, name.length))) };
    }
    case "substring": {
      const length = randomInt(4, Math.min(7, local.length));
      const start = randomInt(1, Math.max(1, local.length - length));
      return { kind, text: local.slice(start, start + length) };
    }
    case "typo":
      return { kind, text: last.length >= 4 ? `${first} ${withTypo(last)}` : `${withTypo(first)} ${last}` };
    case "address":
      return { kind, text: user.email };
  }
}

/** An even mix of prefixes, substrings, misspelt names and whole addresses, from real directory entries. */
export function searchCases(users: readonly SampledUser[], count: number): SearchCase[] {
  return Array.from({ length: count }, (_, index) => caseFor(KINDS[index % KINDS.length]!, users[index % users.length]!));
}
