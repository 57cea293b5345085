"use client";

import { parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { CsvExportLink } from "@/components/ui/csv-export-link";
import { Label, Select, TextInput } from "@/components/ui/field";
import type { AccountFilter } from "@/lib/accounts/account-filter";
import { accountsContract } from "@/lib/accounts/contract";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { apiUrl } from "@/lib/client/api-client";

const STATUSES = ["active", "disabled"] as const;

/**
 * The accounts table's filters, in the URL beside its sort (a filtered view can be linked); typing
 * replaces the entry, as in the audit log. The table filters the list it holds (a console has few
 * accounts); the CSV export applies the same filter on the server, so the file holds the rows on screen.
 */
const filterParams = {
  accountQuery: parseAsString.withDefault(""),
  accountRole: parseAsStringLiteral(ROLES),
  accountStatus: parseAsStringLiteral(STATUSES),
};

export type AccountFilterState = AccountFilter & { set: (change: Partial<Record<keyof typeof filterParams, string | null>>) => void };

export function useAccountFilter(): AccountFilterState {
  const [params, setParams] = useQueryStates(filterParams, { history: "replace", clearOnDefault: true });
  return {
    query: params.accountQuery || undefined,
    role: params.accountRole ?? undefined,
    status: params.accountStatus ?? undefined,
    set: (change) =>
      void setParams({
        ...(change.accountQuery !== undefined ? { accountQuery: change.accountQuery ?? "" } : {}),
        ...(change.accountRole !== undefined ? { accountRole: (change.accountRole || null) as Role | null } : {}),
        ...(change.accountStatus !== undefined ? { accountStatus: (change.accountStatus || null) as (typeof STATUSES)[number] | null } : {}),
      }),
  };
}

/** The filter form and the export of what it selects. */
export function AccountFilters({ filter }: { filter: AccountFilterState }) {
  const { set, ...query } = filter;
  return (
    <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()} aria-label="Filter the accounts">
      <div>
        <Label htmlFor="accounts-query">Email or name</Label>
        <TextInput id="accounts-query" placeholder="contains…" value={filter.query ?? ""} onChange={(e) => set({ accountQuery: e.target.value })} />
      </div>
      <div>
        <Label htmlFor="accounts-role">Role</Label>
        <Select id="accounts-role" value={filter.role ?? ""} onChange={(e) => set({ accountRole: e.target.value })}>
          <option value="">Any</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="accounts-status">Status</Label>
        <Select id="accounts-status" value={filter.status ?? ""} onChange={(e) => set({ accountStatus: e.target.value })}>
          <option value="">Any</option>
          <option value="active">Active</option>
          <option value="disabled">Disabled</option>
        </Select>
      </div>
      <div className="ml-auto">
        <CsvExportLink href={apiUrl(accountsContract.export, {}, query)} />
      </div>
    </form>
  );
}
