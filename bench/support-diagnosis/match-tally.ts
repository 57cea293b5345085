/** How often the diagnosis's lead finding is the planted one, overall and per planted finding, with a few mismatches. */

export type Mismatch = { user: string; planted: string; reason: string; got: string; headline: string };
type Row = { users: number; matched: number; got: Map<string, number> };

export class MatchTally {
  total = 0;
  matched = 0;
  readonly byPlanted = new Map<string, Row>();
  private readonly mismatchesByPlanted = new Map<string, Mismatch[]>();

  constructor(private readonly keepMismatches: number) {}

  add(user: string, planted: { findingId: string; reason: string }, got: { id: string; headline: string } | undefined): void {
    const gotId = got?.id ?? "(no finding)";
    const row = this.byPlanted.get(planted.findingId) ?? { users: 0, matched: 0, got: new Map() };
    this.byPlanted.set(planted.findingId, row);
    this.total += 1;
    row.users += 1;
    if (gotId === planted.findingId) {
      this.matched += 1;
      row.matched += 1;
      return;
    }
    row.got.set(gotId, (row.got.get(gotId) ?? 0) + 1);
    const kept = this.mismatchesByPlanted.get(planted.findingId) ?? [];
    this.mismatchesByPlanted.set(planted.findingId, kept);
    if (kept.length < this.keepMismatches) kept.push({ user, planted: planted.findingId, reason: planted.reason, got: gotId, headline: got?.headline ?? "" });
  }

  /** Up to the number asked for, taken in turn from each planted finding, so every kind of mismatch gets a look. */
  get mismatches(): Mismatch[] {
    const lists = [...this.mismatchesByPlanted.values()];
    const picked: Mismatch[] = [];
    for (let round = 0; picked.length < this.keepMismatches && lists.some((list) => list.length > round); round++) {
      for (const list of lists) if (list[round] && picked.length < this.keepMismatches) picked.push(list[round]!);
    }
    return picked;
  }

  /** Planted findings, most users first, each with its share matched and what the diagnosis led with instead most often. */
  rows(): { planted: string; users: number; matched: number; share: number; insteadMostly: string }[] {
    return [...this.byPlanted.entries()]
      .sort(([a, x], [b, y]) => y.users - x.users || a.localeCompare(b))
      .map(([planted, row]) => {
        const instead = [...row.got.entries()].sort((x, y) => y[1] - x[1])[0];
        return { planted, users: row.users, matched: row.matched, share: row.matched / row.users, insteadMostly: instead ? `${instead[0]} (${instead[1]})` : "" };
      });
  }
}
