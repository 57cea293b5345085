import { Badge } from "@/components/ui/badge";

/** "Rich push works" or "Rich push unavailable" with the failing count, plus warnings when any. */
export function VerdictBadge({ richPushSupported, failing, warnings }: { richPushSupported: boolean; failing: number; warnings: number }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="verdict">
      {richPushSupported ? (
        <Badge tone="green">Rich push works</Badge>
      ) : (
        <Badge tone="red">
          Rich push unavailable · {failing} failing {failing === 1 ? "rule" : "rules"}
        </Badge>
      )}
      {warnings > 0 ? (
        <Badge tone="amber">
          {warnings} {warnings === 1 ? "warning" : "warnings"}
        </Badge>
      ) : null}
    </span>
  );
}
