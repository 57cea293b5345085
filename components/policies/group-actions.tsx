"use client";

import { Copy, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import { plural } from "@/lib/format/time";
import type { GroupDetailView } from "@/lib/policies/views";
import { useCreateGroup, useDeleteGroup } from "./use-groups";

/** Duplicate (same settings and description, a new name) and delete (only without members). */
export function GroupActions({ group }: { group: GroupDetailView }) {
  return (
    <div className="flex gap-2">
      <DuplicateGroup group={group} />
      <DeleteGroup group={group} />
    </div>
  );
}

function DuplicateGroup({ group }: { group: GroupDetailView }) {
  const [open, setOpen] = useState(false);
  const create = useCreateGroup();
  const router = useRouter();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name"));
    // The saved settings are copied, not unsaved edits in the editor: a copy starts from what is in force.
    create.mutate({ name, description: group.description, settings: group.settings }, { onSuccess: (copy) => router.push(`/policies/${copy.id}`) });
  }

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) create.reset();
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Copy className="size-4" aria-hidden /> Duplicate
      </Button>
      <Dialog open={open} onOpenChange={onOpenChange} title={`Duplicate ${group.name}`} description={`The new group starts with the saved settings of ${group.name} (version ${group.version}) and no members.`}>
        <form onSubmit={submit} className="space-y-4" aria-label={`Duplicate ${group.name}`}>
          <div>
            <Label htmlFor="duplicate-group-name">Name of the new group</Label>
            <TextInput id="duplicate-group-name" name="name" required maxLength={100} autoComplete="off" defaultValue={`${group.name} (copy)`.slice(0, 100)} />
          </div>
          {create.isError ? <ErrorNote error={create.error} title="Could not duplicate the group" /> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? "Creating…" : "Create copy"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

function DeleteGroup({ group }: { group: GroupDetailView }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteGroup();
  const router = useRouter();
  const hasMembers = group.memberCount > 0;

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) remove.reset();
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Trash2 className="size-4" aria-hidden /> Delete
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={onOpenChange}
        title={`Delete ${group.name}?`}
        confirmLabel="Delete group"
        danger
        pending={remove.isPending}
        onConfirm={() => remove.mutate(group, { onSuccess: () => router.push("/policies") })}
      >
        {hasMembers ? (
          <p>
            {group.name} has {plural(group.memberCount, "member")}, so it cannot be deleted. Membership comes from the directory sync: assign{" "}
            {group.memberCount === 1 ? "that user" : "those users"} to another group in the directory first.
          </p>
        ) : (
          <p>Its settings, {plural(group.version, "revision")} and connectivity test history are deleted. The audit log keeps the last settings (version {group.version}).</p>
        )}
        {remove.isError ? <ErrorNote error={remove.error} title="Could not delete the group" /> : null}
      </ConfirmDialog>
    </>
  );
}
