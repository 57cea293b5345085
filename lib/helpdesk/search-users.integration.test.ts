import { beforeAll, describe, expect, it } from "vitest";
import type { UserCaller } from "@/lib/auth/caller";
import { makeCaller } from "@/test/support/factories";
import { makeDeliveryGroup, makeDirectoryUser, randomWord, type TestUser } from "@/test/support/directory-factories";
import { searchUsers } from "./search-users";

/** Replaces the letter at `index` with another one: a one-letter typo. */
function typo(word: string, index: number): string {
  const letter = word[index] === "x" ? "y" : "x";
  return word.slice(0, index) + letter + word.slice(index + 1);
}

describe("user search", () => {
  let helpdesk: UserCaller;
  let groupName: string;
  let ada: TestUser;

  beforeAll(async () => {
    helpdesk = await makeCaller("helpdesk");
    const group = await makeDeliveryGroup();
    groupName = group.name;
    // A fixed first name, so that queries built from the surname cannot match it by chance.
    ada = await makeDirectoryUser(group.id, { firstName: "Adelheid" });
  });

  it("finds a user by part of the email address", async () => {
    const local = ada.email.split("@")[0]!;
    const part = local.slice(3, 12);
    const { users } = await searchUsers(helpdesk, { query: part });
    expect(users.map((user) => user.id)).toContain(ada.id);
    expect(users.find((user) => user.id === ada.id)).toMatchObject({ email: ada.email, groupName, match: "substring" });
  });

  it("finds a user by the prefix of the name, in any case, and ranks the exact match first", async () => {
    const prefix = ada.displayName.slice(0, 5).toUpperCase();
    const { users } = await searchUsers(helpdesk, { query: prefix });
    expect(users.find((user) => user.id === ada.id)?.match).toBe("prefix");

    const exact = await searchUsers(helpdesk, { query: ada.email });
    expect(exact.users[0]).toMatchObject({ id: ada.id, match: "exact" });
  });

  it("finds a user by the start of the surname", async () => {
    const surname = ada.displayName.split(" ")[1]!;
    const { users } = await searchUsers(helpdesk, { query: surname.slice(0, 6) });
    expect(users.find((user) => user.id === ada.id)?.match).toBe("word");
  });

  it("forgives a one-letter typo in the name", async () => {
    const surname = ada.displayName.split(" ")[1]!.toLowerCase();
    const misspelt = typo(surname, 4);
    expect(misspelt).not.toBe(surname);
    const { users } = await searchUsers(helpdesk, { query: misspelt });
    expect(users.find((user) => user.id === ada.id)?.match).toBe("similar");
  });

  it("forgives a one-letter typo in a short surname too", async () => {
    const letters = "bcdfghjklmnpqrstvwz";
    const surname = `Qu${Array.from({ length: 3 }, () => letters[Math.floor(Math.random() * letters.length)]).join("")}`;
    const short = await makeDirectoryUser((await makeDeliveryGroup()).id, { firstName: "Ines", lastName: surname });
    const { users } = await searchUsers(helpdesk, { query: `ines ${typo(surname.toLowerCase(), 3)}` });
    expect(users.find((user) => user.id === short.id)?.match).toBe("similar");
  });

  it("ranks exact, then prefix, then substring matches", async () => {
    const stem = randomWord(4).toLowerCase();
    const group = await makeDeliveryGroup();
    const inside = await makeDirectoryUser(group.id, { displayName: `Zed X${stem}` });
    const prefixed = await makeDirectoryUser(group.id, { displayName: `${stem}son Quill` });
    const exact = await makeDirectoryUser(group.id, { displayName: stem });
    const { users } = await searchUsers(helpdesk, { query: stem });
    const order = users.map((user) => user.id).filter((id) => [inside.id, prefixed.id, exact.id].includes(id));
    expect(order).toEqual([exact.id, prefixed.id, inside.id]);
  });

  it("pages through many matches without repeating or skipping anyone", async () => {
    const stem = randomWord(4).toLowerCase();
    const group = await makeDeliveryGroup();
    const created = new Set<string>();
    for (let index = 0; index < 7; index += 1) {
      created.add((await makeDirectoryUser(group.id, { displayName: `${stem} Person${index}` })).id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchUsers(helpdesk, { query: stem, limit: "3", ...(cursor ? { cursor } : {}) });
      expect(page.users.length).toBeLessThanOrEqual(3);
      seen.push(...page.users.map((user) => user.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && seen.length < 30);
    // The seven prefix matches come first; similar names from other tests may follow them.
    expect(new Set(seen.slice(0, 7))).toEqual(created);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("takes LIKE wildcards literally", async () => {
    const { users } = await searchUsers(helpdesk, { query: "%%%" });
    expect(users).toEqual([]);
  });

  it("answers short queries with prefix matches only", async () => {
    const { users } = await searchUsers(helpdesk, { query: ada.displayName.slice(0, 2) });
    expect(users.every((user) => user.match === "exact" || user.match === "prefix")).toBe(true);
  });

  it("names the field of bad input and refuses callers without directory access", async () => {
    await expect(searchUsers(helpdesk, { query: "   " })).rejects.toMatchObject({ code: "validation_failed", extra: { fields: [{ field: "query" }] } });
    await expect(searchUsers(helpdesk, { query: "ada", cursor: "-1" })).rejects.toMatchObject({
      code: "validation_failed",
      extra: { fields: [{ field: "cursor" }] },
    });
    await expect(searchUsers(null, { query: "ada" })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(searchUsers({ kind: "token", tokenId: "t", name: "feed" }, { query: "ada" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
