"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, Select, TextInput } from "@/components/ui/field";
import { useGroups } from "@/components/policies/use-groups";
import {
  CERTIFICATE_EXPIRY_MAX_DAYS,
  MAX_CONSECUTIVE_FAILURES,
  MAX_WINDOW_MINUTES,
  type AlertRuleInput,
  type AlertRuleKind,
  type AlertRuleView,
} from "@/lib/alerts/contract";
import { ALERT_KINDS } from "@/lib/alerts/kinds/registry";
import { CAUSE_CODES, CAUSES } from "@/lib/domain/outcomes";
import { useSaveAlertRule } from "./use-alerts";

/** The suggested rate rule of the issue: Exchange TLS failures above 20% over 15 minutes; the schemas' defaults for the others. */
const DEFAULTS = { cause: "exchange_tls_failed", thresholdPercent: 20, windowMinutes: 15, minCount: 10, withinDays: 30, afterFailures: 1 };

/** The input of the chosen kind from the form's fields; the server validates it again and names a bad field. */
function inputOf(kind: AlertRuleKind, form: FormData): AlertRuleInput {
  const groupId = String(form.get("groupId") ?? "") || null;
  const name = String(form.get("name"));
  const number = (field: string) => Number(form.get(field));
  switch (kind) {
    case "cause_rate":
      return {
        kind,
        name,
        groupId,
        config: { cause: String(form.get("cause")), thresholdPercent: number("thresholdPercent"), windowMinutes: number("windowMinutes"), minCount: number("minCount") },
      };
    case "certificate_expiry":
      return { kind, name, groupId, config: { withinDays: number("withinDays") } };
    case "scheduled_check_failed":
      return { kind, name, groupId, config: { afterFailures: number("afterFailures") } };
    case "verdict_flip":
      return { kind, name, groupId, config: {} };
  }
}

/** Create or edit a rule: `rule` null creates. */
export function RuleFormDialog({ open, onOpenChange, rule }: { open: boolean; onOpenChange: (open: boolean) => void; rule: AlertRuleView | null }) {
  const save = useSaveAlertRule();
  const groups = useGroups();
  const [kind, setKind] = useState<AlertRuleKind>(rule?.kind ?? "cause_rate");
  const config = { ...DEFAULTS, ...(rule?.kind === kind ? rule.config : {}) };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = inputOf(kind, new FormData(event.currentTarget));
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
        ) : null}
        {kind === "certificate_expiry" ? (
          <>
            <div>
              <Label htmlFor={`${prefix}-within-days`}>Expires within (days)</Label>
              <TextInput
                id={`${prefix}-within-days`}
                name="withinDays"
                type="number"
                required
                min={1}
                max={CERTIFICATE_EXPIRY_MAX_DAYS}
                step={1}
                defaultValue={String(config.withinDays)}
              />
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Fires for each host whose certificate, as the group&apos;s latest scheduled connectivity check received it, expires within these days;
              resolves when a later scheduled check receives a certificate valid for longer. A host the check could not reach changes nothing.
            </p>
          </>
        ) : null}
        {kind === "scheduled_check_failed" ? (
          <>
            <div>
              <Label htmlFor={`${prefix}-after-failures`}>After failed checks in a row</Label>
              <TextInput
                id={`${prefix}-after-failures`}
                name="afterFailures"
                type="number"
                required
                min={1}
                max={MAX_CONSECUTIVE_FAILURES}
                step={1}
                defaultValue={String(config.afterFailures)}
              />
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Fires when the group&apos;s scheduled connectivity checks fail this many times in a row, with each failed host&apos;s step as the check
              recorded it; resolves when a later scheduled check passes.
            </p>
          </>
        ) : null}
        {kind === "verdict_flip" ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Fires when a save, import or revert of the group&apos;s settings makes rich push unsupported; resolves when a later change supports it again.
          </p>
        ) : null}
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
