import type { Finding } from "@/lib/domain/diagnosis";

const UNDER = "    ";

/** The findings as a ranked list: rank, severity and id, the headline under it, then remedy and field guidance. */
export function formatFindings(findings: readonly Finding[]): string {
  const severityWidth = Math.max(...findings.map((finding) => finding.severity.length), "SEVERITY".length) + 2;
  const lines: string[] = [];
  findings.forEach((finding, index) => {
    if (index > 0) lines.push("");
    lines.push(`${`${index + 1}.`.padEnd(UNDER.length)}${finding.severity.padEnd(severityWidth)}${finding.id}`);
    lines.push(`${UNDER}${finding.headline}`);
    if (finding.remedy) lines.push(`${UNDER}Remedy: ${finding.remedy}`);
    for (const guidance of finding.fieldGuidance ?? []) lines.push(`${UNDER}Field guidance (beyond the reference): ${guidance}`);
  });
  return lines.join("\n");
}
