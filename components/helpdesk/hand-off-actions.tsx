"use client";

import { ClipboardCopy, Printer } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format/time";
import { userSummaryText } from "@/lib/helpdesk/summary-text";
import type { UserDiagnosis, UserOverview } from "@/lib/helpdesk/views";

/** Hand-off to a ticket: the diagnosis as plain text on the clipboard, or the page printed. */
export function HandOffActions({ overview, diagnosis }: { overview: UserOverview; diagnosis: UserDiagnosis | undefined }) {
  const copy = async () => {
    if (!diagnosis) return;
    try {
      await navigator.clipboard.writeText(userSummaryText(overview, diagnosis, (iso) => formatDateTime(iso)));
      toast.success("Summary copied");
    } catch {
      // The clipboard is refused outside a secure context (plain http other than localhost) or by a browser setting.
      toast.error("Could not copy: the browser refused access to the clipboard");
    }
  };
  return (
    <div className="flex gap-2 print:hidden">
      <Button variant="secondary" onClick={() => void copy()} disabled={!diagnosis}>
        <ClipboardCopy aria-hidden className="h-4 w-4" />
        Copy summary
      </Button>
      <Button variant="secondary" onClick={() => window.print()}>
        <Printer aria-hidden className="h-4 w-4" />
        Print
      </Button>
    </div>
  );
}
