"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorNote } from "@/components/ui/error-note";
import { Panel } from "@/components/ui/panel";
import { Skeleton } from "@/components/ui/skeleton";
import type { AlertRuleView } from "@/lib/alerts/contract";
import { ALERT_KINDS, describeRule } from "@/lib/alerts/kinds/registry";
import { RuleFormDialog } from "./rule-form-dialog";
import { useAlertRules, useDeleteAlertRule, useEvaluateAlerts } from "./use-alerts";

/** The rules: everyone reads them, admins create, edit, delete and evaluate now. */
export function RulesPanel({ canManage }: { canManage: boolean }) {
  const rules = useAlertRules();
  const evaluate = useEvaluateAlerts();
  const [editing, setEditing] = useState<AlertRuleView | "new" | null>(null);
  const [deleting, setDeleting] = useState<AlertRuleView | null>(null);
  const remove = useDeleteAlertRule();

  return (
    <Panel
      id="alert-rules"
      title="Rules"
      description="Each rule is evaluated every minute; an alert stays one alert while it fires."
      actions={
        canManage ? (
          <div className="flex gap-2">
            <Button variant="secondary" disabled={evaluate.isPending} onClick={() => evaluate.mutate()}>
              {evaluate.isPending ? "Evaluating…" : "Evaluate now"}
            </Button>
            <Button onClick={() => setEditing("new")}>
              <Plus className="size-4" aria-hidden /> New rule
            </Button>
          </div>
        ) : null
      }
    >
      {evaluate.isError ? <ErrorNote error={evaluate.error} title="Could not evaluate the rules" /> : null}
      {rules.isPending ? <Skeleton label="alert rules" lines={3} /> : null}
      {rules.isError ? <ErrorNote error={rules.error} title="Could not load the rules" /> : null}
      {rules.data && rules.data.rules.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No rules yet.</p> : null}
      {rules.data && rules.data.rules.length > 0 ? (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-300 text-xs uppercase text-slate-600 dark:border-slate-700 dark:text-slate-400">
            <tr>
              <th className="py-2 pr-3">Name</th>
              <th className="py-2 pr-3">Kind</th>
              <th className="py-2 pr-3">Group</th>
              <th className="py-2 pr-3">Condition</th>
              <th className="py-2 pr-3">Firing</th>
              {canManage ? <th className="py-2"><span className="sr-only">Actions</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {rules.data.rules.map((rule) => (
              <tr key={rule.id} className="border-b border-slate-200 dark:border-slate-800" data-testid={`alert-rule-${rule.name}`}>
                <td className="py-2 pr-3 font-medium">{rule.name}</td>
                <td className="py-2 pr-3">{ALERT_KINDS[rule.kind].label}</td>
                <td className="py-2 pr-3">{rule.groupName ?? "Every group"}</td>
                <td className="py-2 pr-3">{describeRule(rule)}</td>
                <td className="py-2 pr-3">{rule.firing > 0 ? <Badge tone="red">{rule.firing} firing</Badge> : <Badge tone="green">None</Badge>}</td>
                {canManage ? (
                  <td className="py-2 text-right whitespace-nowrap">
                    <Button variant="ghost" onClick={() => setEditing(rule)} aria-label={`Edit ${rule.name}`}>
                      Edit
                    </Button>
                    <Button variant="ghost" onClick={() => setDeleting(rule)} aria-label={`Delete ${rule.name}`}>
                      Delete
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing ? (
        <RuleFormDialog key={editing === "new" ? "new" : editing.id} open onOpenChange={(open) => !open && setEditing(null)} rule={editing === "new" ? null : editing} />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) {
            setDeleting(null);
            remove.reset();
          }
        }}
        title={`Delete rule “${deleting?.name ?? ""}”?`}
        confirmLabel="Delete rule"
        danger
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      >
        <p>Its alerts and their history are deleted with it{deleting && deleting.firing > 0 ? `, ${deleting.firing} of them firing` : ""}. No resolved notice is sent.</p>
        {remove.isError ? <ErrorNote error={remove.error} title="Could not delete the rule" /> : null}
      </ConfirmDialog>
    </Panel>
  );
}
