"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, Select } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { Skeleton } from "@/components/ui/skeleton";
import type { AlertState, AlertView } from "@/lib/alerts/contract";
import { formatDateTime } from "@/lib/format/time";
import { AlertEvidenceList } from "./alert-evidence";
import { useAlerts } from "./use-alerts";

/** Alerts, firing first: each with its evidence and its history of firing and resolving. */
export function AlertsPanel() {
  const [state, setState] = useState<AlertState | "all">("all");
  const alerts = useAlerts(state);

  return (
    <Panel
      id="alerts"
      title="Alerts"
      description="Firing alerts first, then the most recent."
      actions={
        <div className="flex items-center gap-2">
          <Label htmlFor="alert-state">State</Label>
          <Select id="alert-state" value={state} onChange={(event) => setState(event.target.value as AlertState | "all")}>
            <option value="all">All</option>
            <option value="firing">Firing</option>
            <option value="resolved">Resolved</option>
          </Select>
        </div>
      }
    >
      {alerts.isPending ? <Skeleton label="alerts" lines={3} /> : null}
      {alerts.isError ? <ErrorNote error={alerts.error} title="Could not load the alerts" /> : null}
      {alerts.data && alerts.data.alerts.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No alerts.</p> : null}
      {alerts.data && alerts.data.alerts.length > 0 ? (
        <ul className="space-y-3">
          {alerts.data.alerts.map((alert) => (
            <AlertItem key={alert.id} alert={alert} />
          ))}
        </ul>
      ) : null}
    </Panel>
  );
}

function AlertItem({ alert }: { alert: AlertView }) {
  const firing = alert.state === "firing";
  return (
    <li id={`alert-${alert.id}`} data-testid={`alert-${alert.ruleName}`} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={firing ? "red" : "green"}>{firing ? "Firing" : "Resolved"}</Badge>
        <span className="font-medium">{alert.ruleName}</span>
        <span className="text-sm text-slate-600 dark:text-slate-400">{alert.groupName ?? "—"}</span>
      </div>
      <p className="mt-1 text-sm">{alert.summary}</p>
      <div className="mt-2">
        <AlertEvidenceList kind={alert.kind} evidence={alert.evidence} />
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-700 dark:text-slate-300">History ({alert.history.length})</summary>
        <ol className="mt-2 space-y-2">
          {alert.history.map((entry) => (
            <li key={`${entry.state}-${entry.at}`}>
              <div className="font-medium">
                {entry.state === "firing" ? "Fired" : "Resolved"} {formatDateTime(entry.at)}
              </div>
              <AlertEvidenceList kind={alert.kind} evidence={entry.evidence} />
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
