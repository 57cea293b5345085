"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, Select, TextInput } from "@/components/ui/field";
import { useGroups } from "@/components/policies/use-groups";
import { MAX_WINDOW_MINUTES, type AlertRuleInput, type AlertRuleKind, type AlertRuleView } from "@/lib/alerts/contract";
import { ALERT_KINDS } from "@/lib/alerts/kinds/registry";
import { CAUSE_CODES, CAUSES } from "@/lib/domain/outcomes";
import { useSaveAlertRule } from "./use-alerts";

/** The suggested rate rule of the issue: Exchange TLS failures above 20% over 15 minutes. */
const DEFAULTS = { cause: "exchange_tls_failed", thresholdPercent: 20, windowMinutes: 15, minCount: 10 };

/** Create or edit a rule: `rule` null creates. */
export function RuleFormDialog({ open, onOpenChange, rule }: { open: boolean; onOpenChange: (open: boolean) => void; rule: AlertRuleView | null }) {
  const save = useSaveAlertRule();
  const groups = useGroups();
  const [kind, setKind] = useState<AlertRuleKind>(rule?.kind ?? "cause_rate");
  const config = { ...DEFAULTS, ...(rule?.kind === "cause_rate" ? rule.config : {}) };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const groupId = String(form.get("groupId") ?? "") || null;
    const name = String(form.get("name"));
    const input: AlertRuleInput =
      kind === "cause_rate"
        ? {
            kind,
            name,
            groupId,
            config: {
              cause: String(form.get("cause")),
              thresholdPercent: Number(form.get("thresholdPercent")),
              windowMinutes: Number(form.get("windowMinutes")),
              minCount: Number(form.get("minCount")),
            },
          }
        : { kind, name, groupId, config: {} };
    save.mutate({ id: rule?.id ?? null, input }, { onSuccess: () => close(false) });
  }

  function close(next: boolean) {
    onOpenChange(next);
    if (!next) save.reset();
  }

  const prefix = rule ? `rule-${rule.id}` : "new-rule";
  return (
    <Dialog open={open} onOpenChange={close} title={rule ? `Edit rule “${rule.name}”` : "New alert rule"} description="Rules are evaluated every minute.">
      <form onSubmit={submit} className="space-y-4" aria-label={rule ? "Edit alert rule" : "New alert rule"}>
        <div>
          <Label htmlFor={`${prefix}-name`}>Name</Label>
          <TextInput id={`${prefix}-name`} name="name" required maxLength={100} defaultValue={rule?.name ?? ""} autoComplete="off" />
        </div>
        <div>
          <Label htmlFor={`${prefix}-kind`}>Kind</Label>
          <Select id={`${prefix}-kind`} value={kind} onChange={(event) => setKind(event.target.value as AlertRuleKind)}>
            {Object.values(ALERT_KINDS).map((entry) => (
              <option key={entry.kind} value={entry.kind}>
                {entry.label}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor={`${prefix}-group`}>Group</Label>
          <Select id={`${prefix}-group`} name="groupId" defaultValue={rule?.groupId ?? ""}>
            <option value="">Every group</option>
            {(groups.data?.groups ?? []).map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </Select>
        </div>
        {kind === "cause_rate" ? (
          <>
            <div>
              <Label htmlFor={`${prefix}-cause`}>Cause</Label>
              <Select id={`${prefix}-cause`} name="cause" defaultValue={String(config.cause)}>
                {CAUSE_CODES.map((cause) => (
                  <option key={cause} value={cause}>
                    {cause}: {CAUSES[cause].message}
                  </option>
                ))}
              </Select>
            </div>
            <div className="grid grid-cols-3 gap-3">
              <div>
                <Label htmlFor={`${prefix}-threshold`}>Above (%)</Label>
                <TextInput id={`${prefix}-threshold`} name="thresholdPercent" type="number" required min={0.1} max={100} step={0.1} defaultValue={String(config.thresholdPercent)} />
              </div>
              <div>
                <Label htmlFor={`${prefix}-window`}>Window (minutes)</Label>
                <TextInput id={`${prefix}-window`} name="windowMinutes" type="number" required min={1} max={MAX_WINDOW_MINUTES} defaultValue={String(config.windowMinutes)} />
              </div>
              <div>
                <Label htmlFor={`${prefix}-min`}>At least (notifications)</Label>
                <TextInput id={`${prefix}-min`} name="minCount" type="number" required min={1} defaultValue={String(config.minCount)} />
              </div>
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              The share counts the group&apos;s notifications that went the rich push way; notifications shown after a background sync are not counted.
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Fires when a save, import or revert of the group&apos;s settings makes rich push unsupported; resolves when a later change supports it again.
          </p>
        )}
        {save.isError ? <ErrorNote error={save.error} title="Could not save the rule" /> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => close(false)}>
            Cancel
          </Button>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : rule ? "Save rule" : "Create rule"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
