import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ADMIN } from "./support/accounts";
import { alertDialogNamed, buttonNamed, checkDialog, dialogNamed, expectNoViolations, newSession, okJson, settled, shareSession } from "./support/axe";
import { UNRESTRICTED_SETTINGS } from "./support/settings";

/**
 * axe-core on the command palette and the policy dialogs, opened in light and dark at 1440 and
 * 1024 px: zero WCAG 2.1 A/AA violations with the dialog open, and focus back on the opener after Escape.
 */

let admin: APIRequestContext;
/** A group with two versions; only the conflict test saves it. */
let group: { id: string; name: string };

test.beforeAll(async ({ playwright }, testInfo) => {
  admin = await newSession(playwright, testInfo.project.use, ADMIN);
  group = await okJson(admin.post("/api/v1/groups", { data: { name: `A11y group ${randomUUID().slice(0, 8)}`, description: "accessibility", settings: UNRESTRICTED_SETTINGS } }));
  await okJson(admin.patch(`/api/v1/groups/${group.id}/settings`, { headers: { "if-match": '"1"' }, data: { acceptAllSslCertificates: true, comment: "a second version" } }));
});

test.afterAll(async () => admin?.dispose());

test.describe.configure({ timeout: 120_000 });

const palette = "Search users, groups and pages";

test("command palette, opened from Search", ({ page }) =>
  checkDialog(page, admin, {
    path: "/",
    // Named "Search Ctrl K": the shortcut is part of the button's text.
    opener: (p) => p.getByRole("button", { name: /^Search/ }),
    dialog: (p) => p.getByRole("dialog").filter({ has: p.getByRole("combobox", { name: palette }) }) }));

test("command palette with results, opened with Ctrl-K", async ({ page }) => {
  await shareSession(admin, page.context());
  await expectNoViolations(
    page,
    async () => {
      await page.goto("/audit");
      await settled(page);
      await page.keyboard.press("Control+k");
      await page.getByRole("combobox", { name: palette }).fill("a");
      await expect(page.getByRole("option").first()).toBeVisible();
      await settled(page);
    },
    async () => {
      await page.keyboard.press("Escape");
      await expect(page.getByRole("combobox", { name: palette })).toHaveCount(0);
    },
  );
});

test("create group", ({ page }) => checkDialog(page, admin, { path: "/policies", opener: buttonNamed("Create group"), dialog: dialogNamed("Create a delivery group") }));

test("review and save", ({ page }) =>
  checkDialog(page, admin, {
    path: `/policies/${group.id}`,
    opener: buttonNamed("Save…"),
    open: async (p, opener) => {
      await p.getByRole("switch", { name: "Accept all SSL certificates" }).click();
      await opener.click();
    },
    dialog: dialogNamed("Review and save"),
    // Back to the saved value: no unsaved draft holds the next navigation.
    cleanUp: (p) => p.getByRole("switch", { name: "Accept all SSL certificates" }).click(),
  }));

test("someone saved first (conflict)", async ({ page }) => {
  await shareSession(admin, page.context());
  const dialog = page.getByRole("dialog", { name: "Someone saved first" });
  await expectNoViolations(
    page,
    async () => {
      await page.goto(`/policies/${group.id}`);
      await settled(page);
      // Someone else saves while this editor holds the version it loaded.
      const current = await okJson<{ version: number; settings: { lockScreenNotifications: string } }>(admin.get(`/api/v1/groups/${group.id}`));
      const other = current.settings.lockScreenNotifications === "count_only" ? "allow" : "count_only";
      await okJson(admin.patch(`/api/v1/groups/${group.id}/settings`, { headers: { "if-match": `"${current.version}"` }, data: { lockScreenNotifications: other, comment: "from elsewhere" } }));
      await page.getByRole("switch", { name: "Push notifications" }).click();
      await page.getByRole("button", { name: "Save…" }).click();
      await page.getByRole("dialog", { name: "Review and save" }).getByRole("button", { name: "Confirm and save" }).click();
      await expect(dialog).toBeVisible();
    },
    async () => {
      await dialog.getByRole("button", { name: "Reload theirs" }).click();
      await expect(dialog).toHaveCount(0);
    },
  );
});

test("revert", ({ page }) =>
  checkDialog(page, admin, {
    path: `/policies/${group.id}?tab=revisions`,
    opener: (p) => p.getByTestId("revision-1").getByRole("button", { name: "Revert" }),
    dialog: alertDialogNamed("Revert to version 1?"),
  }));

test("duplicate group", ({ page }) => checkDialog(page, admin, { path: `/policies/${group.id}`, opener: buttonNamed("Duplicate"), dialog: dialogNamed(`Duplicate ${group.name}`) }));

test("delete group", ({ page }) => checkDialog(page, admin, { path: `/policies/${group.id}`, opener: buttonNamed("Delete"), dialog: alertDialogNamed(`Delete ${group.name}?`) }));
