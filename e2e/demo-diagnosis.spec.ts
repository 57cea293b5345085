import { expect, test, type APIRequestContext } from "@playwright/test";
import { ADMIN, signInThroughUi } from "./support/accounts";
import { DEMO_GROUPS } from "../lib/seed/demo-groups";
import { demoEventsOptions, demoPlantedTruth } from "../lib/seed/demo-fleet";

/**
 * The helpdesk on the demo seed: for every demo user, the diagnosis leads with the cause the
 * simulator planted (a failing rule, a device fact, the user's own cause, a group burst, all
 * clear). The planted truth is regenerated from the demo seed's groups and seeding time, at the
 * moment each diagnosis is made. Runs before any spec that edits a demo group.
 */

type Hit = { id: string; upn: string; displayName: string };
type Overview = { user: { upn: string }; devices: { observedAt: string }[] };
type Diagnosis = { generatedAt: string; findings: { id: string; headline: string }[] };

/** The demo fleet's users (the fleet does not depend on the seeding time), found by UPN. */
async function demoUsers(api: APIRequestContext): Promise<Hit[]> {
  const users: Hit[] = [];
  for (const { upn } of demoEventsOptions(DEMO_GROUPS, new Date()).fleet.users) {
    const page = await api.get(`/api/v1/users?query=${encodeURIComponent(upn)}`);
    expect(page.ok(), await page.text()).toBeTruthy();
    const hit = ((await page.json()) as { users: Hit[] }).users.find((user) => user.upn === upn);
    expect(hit, `demo user ${upn} is in the directory`).toBeTruthy();
    users.push(hit!);
  }
  return users;
}

async function json<T>(api: APIRequestContext, path: string): Promise<T> {
  const response = await api.get(path);
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

test("every demo user's diagnosis leads with the planted cause, in the API and on the page", async ({ page }) => {
  test.setTimeout(240_000);
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const api = page.request;

  const users = await demoUsers(api);
  const overviews = new Map<string, Overview>();
  for (const user of users) overviews.set(user.id, await json<Overview>(api, `/api/v1/users/${user.id}`));
  // Every demo device was reported at the seeding time, which ends the demo's simulated period.
  const seededAt = [...overviews.values()].flatMap((overview) => overview.devices.map((device) => device.observedAt))[0];
  expect(seededAt).toBeTruthy();

  const mismatches: string[] = [];
  const leads = new Map<string, Diagnosis["findings"][number]>();
  for (const user of users) {
    const diagnosis = await json<Diagnosis>(api, `/api/v1/users/${user.id}/diagnosis`);
    const planted = demoPlantedTruth(DEMO_GROUPS, new Date(seededAt!), new Date(diagnosis.generatedAt)).get(user.upn);
    const lead = diagnosis.findings[0]!;
    leads.set(user.id, lead);
    if (!planted) mismatches.push(`${user.upn}: not in the demo fleet`);
    else if (lead.id !== planted.findingId) mismatches.push(`${user.upn}: planted ${planted.findingId} (${planted.reason}), got ${lead.id}: ${lead.headline}`);
  }
  expect(mismatches).toEqual([]);

  // The page leads with the same finding the API does: one demo user for each kind of lead.
  const onePerLead = new Map([...leads].map(([userId, lead]) => [lead.id, userId]));
  expect(onePerLead.size).toBeGreaterThanOrEqual(5);
  for (const userId of onePerLead.values()) {
    const user = users.find((candidate) => candidate.id === userId)!;
    await page.goto(`/helpdesk/users/${user.id}`);
    const lead = page.getByTestId("lead-finding");
    await expect(lead).toHaveAttribute("data-finding-id", leads.get(user.id)!.id);
  }
});
