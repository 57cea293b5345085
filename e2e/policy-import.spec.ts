import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { ADMIN, signInThroughUi } from "./support/accounts";
import { deviceSnapshotBody } from "../lib/domain/testing/device-facts";
import { RICH_PUSH_SETTINGS } from "../lib/domain/testing/rich-push-settings";

const RUN = randomUUID().slice(0, 8);
const MEMBERS = 2;

async function ok(response: Promise<APIResponse>): Promise<APIResponse> {
  const done = await response;
  expect(done.ok(), `${done.status()} ${await done.text()}`).toBeTruthy();
  return done;
}

/** A group where rich push works, with members on healthy devices, so a change has someone to affect. */
async function groupWithMembers(api: APIRequestContext, name: string): Promise<{ id: string }> {
  const group = (await (await ok(api.post("/api/v1/groups", { data: { name, settings: RICH_PUSH_SETTINGS } }))).json()) as { id: string };
  const token = ((await (await ok(api.post("/api/v1/tokens", { data: { name: `e2e import ${RUN}` } }))).json()) as { secret: string }).secret;
  const bearer = { authorization: `Bearer ${token}` };
  const upns = Array.from({ length: MEMBERS }, (_, index) => `import.${RUN}.${index}@e2e.example`);
  await ok(api.post("/api/v1/ingest/users", { headers: bearer, data: { users: upns.map((upn) => ({ upn, email: upn, displayName: upn, group: name })) } }));
  for (const [index, upn] of upns.entries()) {
    await ok(api.put(`/api/v1/ingest/devices/dev-import-${RUN}-${index}`, { headers: bearer, data: deviceSnapshotBody(upn, new Date(Date.now() - 60_000)) }));
  }
  return group;
}

/**
 * Serious or critical WCAG 2.1 A/AA violations as in accessibility.spec.ts, on the page or inside
 * `within` (an open modal: what lies under its overlay, e.g. a fading toast, is not what is read).
 */
async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const results = await (within ? axe.include(within) : axe).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(" ")}`));
}

/** Drops a file on the drop zone the way a browser does: a drop event carrying it. */
async function dropFile(page: Page, name: string, text: string) {
  await page.getByTestId("import-drop-zone").evaluate(
    (zone, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: "application/json" }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, text },
  );
}

test("an admin exports, edits a setting in the file, sees its diff and member impact, applies it, and a revert shows the same before confirming", async ({ page }, testInfo) => {
  const name = `E2E import ${RUN}`;
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const group = await groupWithMembers(page.request, name);

  // Export through the policies page, as an admin would.
  await page.goto("/policies");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export JSON" }).click();
  const exported = JSON.parse(await readFile(await (await download).path(), "utf8")) as { exportedAt: string; groups: { name: string; settings: Record<string, unknown> }[] };
  expect(exported.exportedAt).toBeTruthy();
  const ours = exported.groups.find((entry) => entry.name === name)!;
  expect(ours.settings.lockScreenNotifications).toBe("allow");

  await page.getByRole("link", { name: "Import JSON" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import delivery groups" })).toBeVisible();

  // A bad value is refused with the field named, and nothing is offered to apply.
  const broken = { ...exported, groups: [{ ...ours, settings: { ...ours.settings, lockScreenNotifications: "sometimes" } }] };
  await dropFile(page, "broken.json", JSON.stringify(broken));
  const refused = page.getByRole("alert").filter({ hasText: "The file was refused" });
  await expect(refused).toContainText("groups[0].settings.lockScreenNotifications");
  await expect(page.getByRole("button", { name: "Apply import" })).toHaveCount(0);

  // The edited file, chosen through the file input: the group's change and who loses rich push.
  const edited = testInfo.outputPath("edited.json");
  await writeFile(edited, JSON.stringify({ ...exported, groups: [{ ...ours, settings: { ...ours.settings, lockScreenNotifications: "block" } }] }));
  await page.getByLabel("Export file (JSON)").setInputFiles(edited);
  const row = page.getByTestId(`import-group-${name}`);
  await expect(row).toHaveAttribute("data-outcome", "updated");
  await expect(row).toContainText("1 setting changes");
  await expect(row.getByTestId("settings-diff")).toContainText("Control locked screen notifications");
  await expect(row.getByTestId("settings-diff")).toContainText("Block");
  await expect(row.getByTestId("impact")).toContainText(`Rich push stops working for ${MEMBERS} users`);
  expect((await (await page.request.get(`/api/v1/groups/${group.id}`)).json()).settings.lockScreenNotifications).toBe("allow");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Import applied: 0 created, 1 updated, 0 unchanged" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Imported" })).toBeVisible();

  // The policy shows the new value.
  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByLabel("Control locked screen notifications")).toHaveValue("block");
  await expect(page.getByTestId("group-meta")).toContainText("version 2");

  // Revert to version 1: the alert dialog shows the diff back and who regains rich push, first.
  await page.getByRole("tab", { name: "Revisions" }).click();
  await expect(page.getByTestId("revision-2")).toContainText("Imported from file");
  const revertButton = page.getByTestId("revision-1").getByRole("button", { name: "Revert" });
  await revertButton.click();
  const dialog = page.getByRole("alertdialog", { name: "Revert to version 1?" });
  await expect(dialog.getByTestId("settings-diff")).toContainText("Control locked screen notifications");
  await expect(dialog.getByTestId("settings-diff")).toContainText("Allow");
  await expect(dialog.getByTestId("impact")).toContainText(`Rich push starts working for ${MEMBERS} users`);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  expect(await seriousViolations(page, '[role="alertdialog"]')).toEqual([]);
  // Escape cancels, and focus goes back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(revertButton).toBeFocused();
  expect((await (await page.request.get(`/api/v1/groups/${group.id}`)).json()).version).toBe(2);

  await revertButton.click();
  await dialog.getByRole("button", { name: "Revert to version 1" }).click();
  await expect(page.getByText("Reverted: the settings are now version 3.")).toBeVisible();
  expect((await (await page.request.get(`/api/v1/groups/${group.id}`)).json()).settings.lockScreenNotifications).toBe("allow");
});
