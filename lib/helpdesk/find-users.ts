import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { SearchTerms, TypoTerms } from "./search-terms";
import type { UserSearchHit } from "./views";

/*
 * These expressions must stay identical to the ones in migration 20261128134500_directory_search,
 * or the planner cannot use the trigram indexes.
 */
/** Name, email and UPN in one string, for substring matches. */
const SEARCH_TEXT = Prisma.raw(`lower("displayName" || ' ' || "email" || ' ' || "upn")`);
/** The name alone, for typo matches. */
const NAME_TEXT = Prisma.raw(`lower("displayName")`);

/** Typo matches rank last; this many are plenty. */
const TYPO_CANDIDATES = 50;

const MATCH_BY_TIER: UserSearchHit["match"][] = ["exact", "prefix", "word", "substring", "similar"];

type Row = { id: string; displayName: string; email: string; upn: string; groupName: string | null; tier: number };

/** Prefix matches of one column, read in order from its "C"-collation index, so the scan stops at `cap`. */
function prefixCandidates(column: string, terms: SearchTerms, cap: number): Prisma.Sql {
  const lowered = Prisma.raw(`lower("${column}") COLLATE "C"`);
  return Prisma.sql`(SELECT id FROM directory_user WHERE ${lowered} LIKE ${terms.prefix} ORDER BY ${lowered} LIMIT ${cap})`;
}

/**
 * Prefix and substring matches, each kind a bounded set from its own index, so a query that
 * matches most of a million users ("corp") costs no more than a selective one. Prefix matches have
 * their own sets, so substring matches never crowd them out.
 */
function directCandidates(terms: SearchTerms, cap: number): Prisma.Sql {
  const parts = [
    prefixCandidates("displayName", terms, cap),
    prefixCandidates("email", terms, cap),
    prefixCandidates("upn", terms, cap),
  ];
  if (terms.substring) {
    parts.push(Prisma.sql`(SELECT id FROM directory_user WHERE ${SEARCH_TEXT} LIKE ${terms.substring} LIMIT ${cap})`);
  }
  return Prisma.join(parts, " UNION ");
}

/**
 * Names resembling every word of the query, looked for only when the direct matches neither fill
 * the pages asked for nor include an exact match: a typo is what leaves a search short. The
 * condition is a one-time filter, so otherwise the trigram scans do not run at all; each word is
 * its own index condition, so "michelle meore" does not bring every Michelle along.
 */
function lookalikeCandidates(terms: SearchTerms, typo: TypoTerms, cap: number): Prisma.Sql {
  const { text } = terms;
  const resemblesEveryWord = Prisma.join(typo.words.map((word) => Prisma.sql`${word} <% ${NAME_TEXT}`), " AND ");
  return Prisma.sql`SELECT id FROM directory_user
    WHERE (SELECT count(*) FROM direct) < ${cap}
      AND NOT EXISTS (SELECT 1 FROM direct JOIN directory_user exact ON exact.id = direct.id
        WHERE lower(exact.email) = ${text} OR lower(exact.upn) = ${text} OR lower(exact."displayName") = ${text})
      AND ${resemblesEveryWord}
    ORDER BY word_similarity(${typo.text}, ${NAME_TEXT}) DESC LIMIT ${TYPO_CANDIDATES}`;
}

function candidates(terms: SearchTerms, cap: number): Prisma.Sql {
  const direct = Prisma.sql`WITH direct AS MATERIALIZED (${directCandidates(terms, cap)})`;
  if (!terms.typo) return Prisma.sql`${direct}, candidate AS (SELECT id FROM direct)`;
  return Prisma.sql`${direct}, lookalike AS (${lookalikeCandidates(terms, terms.typo, cap)}),
    candidate AS (SELECT id FROM direct UNION SELECT id FROM lookalike)`;
}

function rankedQuery(terms: SearchTerms, offset: number, take: number, cap: number): Prisma.Sql {
  const { text, prefix, wordPrefixInName, wordPrefixInAddress, substring } = terms;
  return Prisma.sql`
    ${candidates(terms, cap)}
    SELECT u.id, u."displayName", u.email, u.upn, g.name AS "groupName",
      CASE
        WHEN lower(u."displayName") = ${text} OR lower(u.email) = ${text} OR lower(u.upn) = ${text} THEN 0
        WHEN lower(u."displayName") LIKE ${prefix} OR lower(u.email) LIKE ${prefix} OR lower(u.upn) LIKE ${prefix} THEN 1
        WHEN lower(u."displayName") LIKE ${wordPrefixInName} OR lower(u.email) LIKE ${wordPrefixInAddress} THEN 2
        WHEN ${substring ? Prisma.sql`${SEARCH_TEXT} LIKE ${substring}` : Prisma.sql`false`} THEN 3
        ELSE 4
      END::int AS tier
    FROM candidate c
    JOIN directory_user u ON u.id = c.id
    LEFT JOIN delivery_group g ON g.id = u."groupId"
    ORDER BY tier, word_similarity(${terms.typo?.text ?? text}, lower(u."displayName")) DESC, lower(u."displayName"), u.id
    OFFSET ${offset} LIMIT ${take}`;
}

/**
 * Settings for this search's transaction only (`true`: local to it).
 *
 * Sequential scans off: a directory synced in name order keeps namesakes together on disk, and a
 * LIMITed sequential scan, which the planner picks for a substring it expects to find early,
 * then reads most of the table first. Every part of the search has an index to use instead.
 *
 * The `<%` threshold: word similarity is the share of trigrams a word and the best-matching
 * stretch of the name have in common. One wrong letter spoils three of the word's n trigrams and
 * brings three others, leaving (n - 3) / (n + 3): a third for "smoth" against "smith", more for
 * longer words. The threshold lets one wrong letter through in the shortest word, never below 0.3.
 */
function searchSettings(typo: TypoTerms | null): Prisma.Sql {
  const words = typo?.words ?? [];
  return Prisma.sql`SELECT set_config('enable_seqscan', 'off', true),
      set_config('pg_trgm.word_similarity_threshold', coalesce(min(greatest(0.3, least(0.8, (n - 3) / (n + 3) - 0.01))), 0.3)::text, true)
    FROM (SELECT cardinality(show_trgm(word))::float8 AS n FROM unnest(${words}::text[]) AS word) AS trigrams`;
}

/**
 * Directory users matching `terms`, best first: exact, then prefix, then start of a later word,
 * then substring, then similar spellings (typos). `take` rows from `offset` in that order.
 */
export async function findUsers(terms: SearchTerms, offset: number, take: number): Promise<UserSearchHit[]> {
  // Enough candidates of each kind to fill every page a search can reach.
  const cap = offset + take;
  const rows = await db().$transaction(async (tx) => {
    await tx.$queryRaw(searchSettings(terms.typo));
    return tx.$queryRaw<Row[]>(rankedQuery(terms, offset, take, cap));
  });
  return rows.map((row) => ({
    id: row.id,
    displayName: row.displayName,
    email: row.email,
    upn: row.upn,
    groupName: row.groupName,
    match: MATCH_BY_TIER[row.tier] ?? "similar",
  }));
}
