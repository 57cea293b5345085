import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { storedText } from "@/lib/domain/text";
import type { AccountView } from "./contract";

/**
 * The accounts table's filters, shared by the table (which filters the list it holds: a console
 * has tens of accounts, not thousands) and the CSV export (which applies the same test on the
 * server), so the file holds exactly the rows on screen.
 */
export const accountFilterSchema = z.object({
  query: storedText(200).optional().meta({ description: "Part of the email or name, any case" }),
  role: z.enum(ROLES).optional(),
  status: z.enum(["active", "disabled"]).optional().meta({ description: "active: may sign in; disabled: refused at sign-in" }),
});
export type AccountFilter = z.output<typeof accountFilterSchema>;

export function matchesAccountFilter(account: AccountView, filter: AccountFilter): boolean {
  const needle = filter.query?.trim().toLowerCase();
  if (needle && !account.email.toLowerCase().includes(needle) && !account.name.toLowerCase().includes(needle)) return false;
  if (filter.role && account.role !== filter.role) return false;
  if (filter.status && (filter.status === "disabled") !== account.disabled) return false;
  return true;
}
