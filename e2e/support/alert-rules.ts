import type { Locator, Page } from "@playwright/test";

/**
 * Creates, on the Alerts page, the rate rule both alert specs use: exchange_tls_failed above 20%
 * of a group's notifications over 15 minutes, at least 10. Returns the rule's row.
 */
export async function createTlsRateRuleInUi(page: Page, rule: { name: string; group: string }): Promise<Locator> {
  await page.getByRole("button", { name: "New rule" }).click();
  const form = page.getByRole("form", { name: "New alert rule" });
  await form.getByLabel("Name").fill(rule.name);
  await form.getByLabel("Group").selectOption({ label: rule.group });
  await form.getByLabel("Cause").selectOption("exchange_tls_failed");
  await form.getByLabel("Above (%)").fill("20");
  await form.getByLabel("Window (minutes)").fill("15");
  await form.getByLabel("At least (notifications)").fill("10");
  await form.getByRole("button", { name: "Create rule" }).click();
  return page.getByTestId(`alert-rule-${rule.name}`);
}
