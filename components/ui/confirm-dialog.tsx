"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import clsx from "clsx";
import type { ReactNode } from "react";
import { Button } from "./button";
import { useReturnFocus } from "./use-return-focus";

/**
 * A confirmation for a consequential change: an alert dialog (focus starts on Cancel, Escape
 * cancels, clicking outside does not confirm). `children` says what changes (announced as the
 * description); `details` holds what to review before confirming (a diff, counts, a comment
 * field) and scrolls when long; `wide` gives it the room a diff needs.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  children,
  confirmLabel,
  onConfirm,
  danger = false,
  pending = false,
  pendingLabel = "Saving…",
  details,
  wide = false,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  danger?: boolean;
  pending?: boolean;
  pendingLabel?: string;
  details?: ReactNode;
  wide?: boolean;
}) {
  const returnFocus = useReturnFocus();
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <AlertDialog.Content
          className={clsx(
            "fixed top-1/2 left-1/2 z-50 flex max-h-[90vh] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-xl dark:border-slate-700 dark:bg-slate-900",
            wide ? "max-w-2xl" : "max-w-md",
          )}
          {...returnFocus}
        >
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="mt-2 space-y-2 text-sm text-slate-700 dark:text-slate-300">{children}</div>
          </AlertDialog.Description>
          {details ? <div className="mt-3 min-h-0 flex-1 overflow-y-auto">{details}</div> : null}
          <div className="mt-4 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">Cancel</Button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that would close the dialog before the change is known to have saved. */}
            <Button variant={danger ? "danger" : "primary"} disabled={pending} onClick={onConfirm}>
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
