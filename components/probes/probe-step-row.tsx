import clsx from "clsx";
import { Ban, CircleCheck, CircleMinus, CircleX, LoaderCircle, type LucideIcon } from "lucide-react";
import { STEP_TITLES } from "@/lib/probes/cause-mapping";
import type { ProbeStep, ProbeStepStatus, StepData } from "@/lib/probes/types";
import type { LiveStep } from "./probe-progress";

type Look = { icon: LucideIcon; label: string; className: string };

const LOOKS: Record<ProbeStepStatus | "running", Look> = {
  running: { icon: LoaderCircle, label: "running", className: "animate-spin text-sky-600 dark:text-sky-400" },
  ok: { icon: CircleCheck, label: "ok", className: "text-emerald-600 dark:text-emerald-400" },
  failed: { icon: CircleX, label: "failed", className: "text-red-600 dark:text-red-400" },
  refused: { icon: Ban, label: "refused", className: "text-red-600 dark:text-red-400" },
  skipped: { icon: CircleMinus, label: "skipped", className: "text-slate-500 dark:text-slate-400" },
};

/** The TLS facts worth a glance: protocol, cipher, issuer and days to expiry. */
function tlsFacts(data: StepData): [string, string][] {
  const facts: [string, string][] = [];
  if (typeof data.protocol === "string") facts.push(["Protocol", data.protocol]);
  if (typeof data.cipher === "string") facts.push(["Cipher", data.cipher]);
  if (typeof data.issuer === "string" && data.issuer) facts.push(["Issuer", data.issuer]);
  if (typeof data.daysToExpiry === "number") {
    const days = data.daysToExpiry;
    facts.push(["Expiry", days < 0 ? `expired ${-days} days ago` : `${days} days left`]);
  }
  return facts;
}

function StepFacts({ step }: { step: ProbeStep }) {
  const facts = step.name === "tls" ? tlsFacts(step.data) : [];
  if (facts.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs text-slate-600 dark:text-slate-400">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd className="break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ProbeStepRow({ entry }: { entry: LiveStep }) {
  const { step } = entry;
  const look = LOOKS[step ? step.status : "running"];
  const Icon = look.icon;
  return (
    <li className="flex gap-2 py-1.5" data-step={entry.name} data-status={step?.status ?? "running"}>
      <Icon aria-hidden className={clsx("mt-0.5 size-4 shrink-0", look.className)} />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-medium">{STEP_TITLES[entry.name]}</span>
          <span className="text-xs text-slate-600 dark:text-slate-400">
            {look.label}
            {step && step.status !== "skipped" ? `, ${step.durationMs} ms` : ""}
          </span>
        </div>
        {step ? <p className="text-sm break-words text-slate-700 dark:text-slate-300">{step.detail}</p> : null}
        {step ? <StepFacts step={step} /> : null}
      </div>
    </li>
  );
}
