import { Badge, type Tone } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import type { CheckStatus } from "@/lib/domain/prerequisites/types";
import type { UserOverview } from "@/lib/helpdesk/views";
import { settingRows } from "./setting-values";

const STATUS_DISPLAY: Record<CheckStatus, { label: string; tone: Tone }> = {
  pass: { label: "Pass", tone: "green" },
  fail: { label: "Fail", tone: "red" },
  warn: { label: "Warning", tone: "amber" },
  unknown: { label: "Confirm per user", tone: "slate" },
  not_applicable: { label: "Not applicable", tone: "slate" },
};

/** The group's effective settings and the prerequisite verdict for this user's devices, with the failing rule and its fix. */
export function PolicyPanel({ group, evaluation }: Pick<UserOverview, "group" | "evaluation">) {
  if (!group?.settings || !evaluation) {
    return (
      <Panel id="policy" title="Policy">
        <p className="text-sm">{group ? `${group.name} has no settings saved yet.` : "This user is in no delivery group."}</p>
      </Panel>
    );
  }
  return (
    <Panel
      id="policy"
      title={`Policy of ${group.name}`}
      description={group.settingsVersion ? `Settings version ${group.settingsVersion}` : undefined}
      actions={evaluation.richPushSupported ? <Badge tone="green">Rich push supported</Badge> : <Badge tone="red">Rich push not supported</Badge>}
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <ul className="space-y-2" aria-label="Prerequisite checks for this user">
          {evaluation.checks.map((check) => {
            const { label, tone } = STATUS_DISPLAY[check.status];
            return (
              <li key={check.id} className="text-sm" data-check-id={check.id}>
                <p className="flex items-start gap-2">
                  <Badge tone={tone} className="shrink-0">{label}</Badge>
                  <span className="font-medium">{check.title}</span>
                </p>
                {check.status !== "pass" && check.status !== "not_applicable" ? (
                  <p className="mt-0.5 pl-2 text-slate-600 dark:text-slate-400">
                    {check.detail} {check.status === "fail" || check.status === "warn" ? check.remediation : ""}
                  </p>
                ) : null}
              </li>
            );
          })}
          {evaluation.consequences.map((consequence) => (
            <li key={consequence} className="text-sm text-slate-600 dark:text-slate-400">{consequence}</li>
          ))}
        </ul>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 self-start text-sm">
          {settingRows(group.settings).map((row) => (
            <div key={row.key} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{row.label}</dt>
              <dd className="break-words">{row.value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </Panel>
  );
}
