"use client";

import { ErrorNote } from "@/components/ui/error-note";
import { Panel } from "@/components/ui/panel";
import type { UserOverview } from "@/lib/helpdesk/views";
import { formatDateTime } from "./format";
import { HandOffActions } from "./hand-off-actions";
import { FieldGuidanceBadge, FindingDetails, LeadFinding } from "./finding-card";
import { SeverityBadge } from "./severity-badge";
import { useUserDiagnosis } from "./use-user-diagnosis";

/** The most likely explanation with its remedy and evidence, then the other findings, most likely first. */
export function DiagnosisPanel({ userId, overview }: { userId: string; overview: UserOverview }) {
  const diagnosis = useUserDiagnosis(userId);
  const { devices } = overview;
  const [lead, ...others] = diagnosis.data?.findings ?? [];

  return (
    <Panel
      id="diagnosis"
      title="Diagnosis"
      description={diagnosis.data ? `Most likely explanation first · as of ${formatDateTime(diagnosis.data.generatedAt)}` : undefined}
      className="border-sky-300 dark:border-sky-800"
      actions={<HandOffActions overview={overview} diagnosis={diagnosis.data} />}
    >
      {diagnosis.isPending ? <p className="text-sm text-slate-600 dark:text-slate-400">Working out what is going on…</p> : null}
      {diagnosis.isError ? <ErrorNote error={diagnosis.error} title="Could not diagnose this user" /> : null}
      {lead ? <LeadFinding finding={lead} devices={devices} /> : null}
      {others.length > 0 ? (
        <div className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-800">
          <h3 className="mb-2 text-sm font-semibold">Also found</h3>
          <ol className="space-y-2" aria-label="Other findings">
            {others.map((finding) => (
              <li key={finding.id} data-finding-id={finding.id}>
                <details className="group rounded-md border border-slate-200 p-2 dark:border-slate-800">
                  <summary className="flex cursor-pointer items-start gap-2 text-sm">
                    <SeverityBadge severity={finding.severity} />
                    <FieldGuidanceBadge finding={finding} />
                    <span>{finding.headline}</span>
                  </summary>
                  <div className="mt-2 pl-2">
                    <FindingDetails finding={finding} devices={devices} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </Panel>
  );
}
