import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ADMIN, createAccount, signInThroughUi } from "./support/accounts";
import { UNRESTRICTED_SETTINGS } from "./support/settings";

/** A group created through the API by whoever `request` is signed in as (an admin). */
async function createGroupThroughApi(request: APIRequestContext, name = `E2E ${randomUUID().slice(0, 8)}`) {
  const response = await request.post("/api/v1/groups", { data: { name, description: "end-to-end", settings: UNRESTRICTED_SETTINGS } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; name: string; version: number };
}

const check = (page: Page, id: string) => page.getByTestId(`check-${id}`);

test("an admin fixes a failing prerequisite live, saves through review and finds the revision", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const name = `E2E created ${randomUUID().slice(0, 8)}`;
  await page.goto("/policies");
  await page.getByRole("button", { name: "Create group" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill(name);
  await page.getByRole("dialog").getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // The defaults: push off, tunnel, nothing in Background network services.
  await expect(check(page, "push-notifications")).toHaveAttribute("data-status", "fail");
  await page.getByRole("switch", { name: "Push notifications" }).click();
  await expect(check(page, "push-notifications")).toHaveAttribute("data-status", "pass");
  await page.getByLabel("EWS host").fill("mail.e2e.example");
  await page.getByLabel("ActiveSync host").fill("mail.e2e.example");
  await page.getByLabel("Network access").selectOption("unrestricted");
  await expect(check(page, "background-network-services")).toHaveAttribute("data-status", "not_applicable");

  // Tunnel without the EWS host listed: the rule fails, with its remedy and the reference sentence.
  await page.getByLabel("Network access").selectOption("tunnel_to_internal_network");
  const bns = check(page, "background-network-services");
  await expect(bns).toHaveAttribute("data-status", "fail");
  await expect(bns.getByTestId("check-remedy")).toContainText('Add "mail.e2e.example:443" to the Background network services policy');
  await expect(bns).toContainText("ensure that Exchange Web Services (EWS) host is configured in the Background network services policy");
  await expect(page.getByTestId("verdict").first()).toContainText("Rich push unavailable");

  // The check links to its field.
  await bns.getByRole("link", { name: "Go to Background network services" }).click();
  await expect(page.getByRole("button", { name: "Add host" })).toBeFocused();

  // Each row is validated as typed.
  await page.getByRole("button", { name: "Add host" }).click();
  const entry = page.getByLabel("Background network services entry 1");
  await expect(entry).toBeFocused();
  await entry.fill("mail.e2e.example");
  await expect(page.getByText('"mail.e2e.example" must be host:port')).toBeVisible();
  await expect(page.getByRole("button", { name: "Save…" })).toBeDisabled();
  await entry.fill("mail.e2e.example:443");
  await expect(bns).toHaveAttribute("data-status", "pass");
  await expect(page.getByTestId("checker-summary")).toHaveText("Rich push works with these settings.");

  // Leaving with unsaved changes asks first; staying keeps the edits.
  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("link", { name: "All groups" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("button", { name: "Save…" }).click();
  const review = page.getByRole("dialog", { name: "Review and save" });
  await expect(review.getByTestId("settings-diff")).toContainText("EWS host");
  await expect(review.getByTestId("settings-diff")).toContainText("+ mail.e2e.example:443");
  await expect(review.getByTestId("impact")).toContainText("no members yet");
  await review.getByLabel("Comment (optional)").fill("List the EWS host for the tunnel");
  await review.getByRole("button", { name: "Confirm and save" }).click();
  await expect(page.getByText("Saved version 2.")).toBeVisible();
  // …and a toast says so wherever the admin looks next.
  await expect(page.getByRole("listitem").filter({ hasText: `${name}: version 2 saved` })).toBeVisible();
  await expect(page.getByTestId("group-meta")).toContainText("version 2");

  await page.getByRole("tab", { name: "Revisions" }).click();
  const revision = page.getByTestId("revision-2");
  await expect(revision).toContainText("List the EWS host for the tunnel");
  await expect(revision).toContainText(ADMIN.email);
  await revision.getByRole("button", { name: "View changes" }).click();
  await expect(page.getByTestId("settings-diff")).toContainText("Push notifications");
});

test("a concurrent save is shown as a conflict and re-applied on top, never overwritten", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const group = await createGroupThroughApi(page.request);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/policies/${group.id}`);
  await expect(page.getByTestId("group-meta")).toContainText("version 1");
  // The editor and its checker fit a 1024 px screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  // Someone else saves version 2 while this editor still holds version 1.
  const other = await page.request.patch(`/api/v1/groups/${group.id}/settings`, {
    headers: { "if-match": '"1"' },
    data: { lockScreenNotifications: "email_sender_or_event_title", comment: "from elsewhere" },
  });
  expect(other.status()).toBe(200);

  await page.getByRole("switch", { name: "Accept all SSL certificates" }).click();
  await page.getByRole("button", { name: "Save…" }).click();
  await page.getByRole("dialog", { name: "Review and save" }).getByRole("button", { name: "Confirm and save" }).click();

  const conflict = page.getByRole("dialog", { name: "Someone saved first" });
  await expect(conflict).toContainText(`${ADMIN.email} saved version 2`);
  await expect(conflict.getByTestId("conflict")).toContainText("Email sender or event title");
  await conflict.getByRole("button", { name: "Re-apply my changes on top" }).click();
  await expect(page.getByTestId("group-meta")).toContainText("version 2");

  await page.getByRole("button", { name: "Save…" }).click();
  await page.getByRole("dialog", { name: "Review and save" }).getByRole("button", { name: "Confirm and save" }).click();
  await expect(page.getByText("Saved version 3.")).toBeVisible();

  const saved = await (await page.request.get(`/api/v1/groups/${group.id}`)).json();
  expect(saved.settings).toMatchObject({ lockScreenNotifications: "email_sender_or_event_title", acceptAllSslCertificates: true });

  // Revert to version 1: confirmed, and recorded as a new version rather than rewriting history.
  await page.getByRole("tab", { name: "Revisions" }).click();
  await page.getByTestId("revision-1").getByRole("button", { name: "Revert" }).click();
  const revert = page.getByRole("alertdialog", { name: "Revert to version 1?" });
  // What the revert undoes, against the current version 3, before it is confirmed.
  await expect(revert.getByTestId("settings-diff")).toContainText("Accept all SSL certificates");
  await expect(revert.getByTestId("settings-diff")).toContainText("Control locked screen notifications");
  await expect(revert.getByTestId("impact")).toContainText("no members yet");
  await revert.getByRole("button", { name: "Revert to version 1" }).click();
  await expect(page.getByText("Reverted: the settings are now version 4.")).toBeVisible();
  await expect(page.getByTestId("revision-4")).toContainText("Reverted to version 1");
  const reverted = await (await page.request.get(`/api/v1/groups/${group.id}`)).json();
  expect(reverted).toMatchObject({ version: 4, settings: UNRESTRICTED_SETTINGS });
});

test("helpdesk sees the editor read-only, cannot save, and the API refuses their PUT", async ({ page, request }) => {
  const helpdesk = await createAccount(request, "helpdesk"); // leaves `request` signed in as the admin
  const group = await createGroupThroughApi(request);
  await signInThroughUi(page, helpdesk.email, helpdesk.password);

  await page.goto("/policies");
  await expect(page.getByTestId("read-only-note")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create group" })).toHaveCount(0);
  await page.getByRole("link", { name: group.name }).click();

  await expect(page.getByRole("heading", { level: 1, name: group.name })).toBeVisible();
  await expect(page.getByTestId("read-only-note")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save…" })).toHaveCount(0);
  await expect(page.getByRole("switch", { name: "Push notifications" })).toBeDisabled();
  await expect(page.getByLabel("Network access")).toBeDisabled();
  await expect(check(page, "network-access")).toHaveAttribute("data-status", "pass");

  const put = await page.request.put(`/api/v1/groups/${group.id}/settings`, { headers: { "if-match": '"1"' }, data: { ...UNRESTRICTED_SETTINGS, pushNotifications: false } });
  expect(put.status()).toBe(403);
  expect((await put.json()).error.code).toBe("forbidden");
});

test("an admin duplicates a group with its settings, then deletes the copy; the list no longer shows it", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const original = await createGroupThroughApi(page.request);
  await page.goto(`/policies/${original.id}`);
  await page.getByRole("button", { name: "Duplicate" }).click();
  const copyName = `${original.name} (copy)`;
  await expect(page.getByRole("dialog").getByLabel("Name of the new group")).toHaveValue(copyName);
  await page.getByRole("dialog").getByRole("button", { name: "Create copy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: copyName })).toBeVisible();
  // The copy has the original's settings, not the defaults.
  await expect(page.getByLabel("Network access")).toHaveValue("unrestricted");
  await expect(page.getByLabel("EWS host")).toHaveValue(UNRESTRICTED_SETTINGS.ewsHost);

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const confirm = page.getByRole("alertdialog", { name: `Delete ${copyName}?` });
  await expect(confirm).toContainText("The audit log keeps the last settings");
  await confirm.getByRole("button", { name: "Delete group" }).click();
  await expect(page).toHaveURL(/\/policies$/);
  await expect(page.getByText(`${copyName} deleted`)).toBeVisible();
  await expect(page.getByRole("link", { name: original.name, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: copyName, exact: true })).toHaveCount(0);
});

test("Apply fix sets the one setting, pins the save bar, and the Back button asks before leaving the edits", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const group = await createGroupThroughApi(page.request);
  await page.goto("/policies");
  await page.goto(`/policies/${group.id}`);
  await expect(page.getByRole("heading", { level: 1, name: group.name })).toBeVisible();

  await page.getByRole("switch", { name: "Push notifications" }).click();
  await expect(check(page, "push-notifications")).toHaveAttribute("data-status", "fail");
  await check(page, "push-notifications").getByRole("button", { name: "Apply fix: Push notifications On" }).click();
  await expect(check(page, "push-notifications")).toHaveAttribute("data-status", "pass");
  await page.getByLabel("Network access").selectOption("blocked");
  await expect(page.getByRole("region", { name: "Save changes" })).toHaveAttribute("data-pinned", "true");
  await expect(page.getByTestId("connectivity-unsaved-note")).toContainText(`version ${group.version}`);

  page.once("dialog", (dialog) => dialog.dismiss());
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/policies/${group.id}$`));
  await expect(page.getByLabel("Network access")).toHaveValue("blocked");

  page.once("dialog", (dialog) => dialog.accept());
  await page.goBack();
  await expect(page).toHaveURL(/\/policies$/);
});
