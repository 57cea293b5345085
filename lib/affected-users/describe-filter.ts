import { OUTCOMES, type Outcome } from "@/lib/domain/outcomes";

/** What an "Affected users" list is narrowed to, in words for its title; the range is shown on the page. */
export const OUTCOME_WORDS: Record<Outcome, string> = {
  rich: "rich notifications",
  sync: "notifications after sync",
  generic: "“You have new mail”",
  failure: "failure messages",
};

export type FilterWords = { groupName?: string | null; cause?: string; outcome?: string; fact?: string };

export function describeFilter({ groupName, cause, outcome, fact }: FilterWords): string {
  const parts: string[] = [];
  if (cause) parts.push(cause);
  else if (outcome && (OUTCOMES as readonly string[]).includes(outcome)) parts.push(OUTCOME_WORDS[outcome as Outcome]);
  if (groupName) parts.push(groupName);
  if (fact) parts.push(fact);
  return parts.length > 0 ? parts.join(" · ") : "all notifications";
}
