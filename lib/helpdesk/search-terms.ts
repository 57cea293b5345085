/** How a search text becomes LIKE patterns: lower-cased, blanks collapsed, wildcards taken literally. */

/** Trigram indexes need at least three characters; shorter queries match prefixes only. */
export const MIN_TRIGRAM_QUERY_LENGTH = 3;
/** A misspelt word needs this many letters to be told apart from others. */
const MIN_TYPO_WORD_LENGTH = 4;
/** Shorter words (initials, "li") say too little to look for look-alikes of. */
const MIN_TYPO_TERM_LENGTH = 3;
const MAX_TYPO_WORDS = 4;

export type TypoTerms = {
  /** The query as a name: without its "@domain" part, which every address shares, and digits. */
  text: string;
  /** Each word a name must resemble, so that a common first name alone does not match. */
  words: string[];
};

export type SearchTerms = {
  /** The query as compared: lower case, single spaces. */
  text: string;
  /** LIKE pattern for "starts with". */
  prefix: string;
  /** LIKE pattern for "a later word starts with" (after a space in names, a dot in addresses). */
  wordPrefixInName: string;
  wordPrefixInAddress: string;
  /**
   * LIKE pattern for "contains", or null when too short for trigrams. Any "@domain" part is left
   * out: every address shares it, so it would only make the index read every user's entry.
   */
  substring: string | null;
  /** What look-alike names are sought for; null unless some word has four letters or more. */
  typo: TypoTerms | null;
};

/** `%`, `_` and `\` match literally: LIKE's default escape character is the backslash. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function typoTerms(beforeDomain: string): TypoTerms | null {
  const text = beforeDomain.replace(/\d+/g, "").trim();
  const words = text.split(/[^\p{L}]+/u).filter((word) => word.length >= MIN_TYPO_TERM_LENGTH);
  if (!words.some((word) => word.length >= MIN_TYPO_WORD_LENGTH)) return null;
  return { text, words: words.slice(0, MAX_TYPO_WORDS) };
}

export function searchTerms(query: string): SearchTerms {
  const text = query.trim().toLowerCase().replace(/\s+/g, " ");
  const literal = escapeLike(text);
  const beforeDomain = text.split("@")[0]!.trim();
  return {
    text,
    prefix: `${literal}%`,
    wordPrefixInName: `% ${literal}%`,
    wordPrefixInAddress: `%.${literal}%`,
    substring: beforeDomain.length >= MIN_TRIGRAM_QUERY_LENGTH ? `%${escapeLike(beforeDomain)}%` : null,
    typo: typoTerms(beforeDomain),
  };
}
