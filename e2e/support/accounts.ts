import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const ADMIN = { email: process.env.E2E_ADMIN_EMAIL ?? "admin@e2e.test", password: process.env.E2E_ADMIN_PASSWORD ?? "e2e admin password" };
export const PASSWORD = "e2e password for people";

export type Role = "admin" | "helpdesk" | "auditor";

/** Signs in through the real form and waits for the console. */
export async function signInThroughUi(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("signed-in-user")).toHaveText(email);
}

/** Creates an account through the public API as the seeded admin; each test gets its own. */
export async function createAccount(request: APIRequestContext, role: Role): Promise<{ email: string; password: string; id: string }> {
  const signIn = await request.post("/api/session", { data: ADMIN });
  expect(signIn.ok()).toBeTruthy();
  const email = `${role}-${randomUUID().slice(0, 8)}@e2e.test`;
  const created = await request.post("/api/v1/accounts", { data: { email, name: `E2E ${role}`, role, password: PASSWORD } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  return { email, password: PASSWORD, id };
}
