"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import { useCreateGroup } from "./use-groups";

/** "Create group": name and description; the group starts from the product defaults and opens in the editor. */
export function CreateGroupDialog() {
  const [open, setOpen] = useState(false);
  const create = useCreateGroup();
  const router = useRouter();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate(
      { name: String(form.get("name")), description: String(form.get("description") ?? "") },
      { onSuccess: (group) => router.push(`/policies/${group.id}`) },
    );
  }

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) create.reset();
  }

  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <Plus className="size-4" aria-hidden /> Create group
      </Button>
      <Dialog
        open={open}
        onOpenChange={onOpenChange}
        title="Create a delivery group"
        description="The group starts with the default settings; you adjust them in the editor next."
      >
        <form onSubmit={submit} className="space-y-4" aria-label="Create a delivery group">
          <div>
            <Label htmlFor="new-group-name">Name</Label>
            <TextInput id="new-group-name" name="name" required maxLength={100} autoComplete="off" />
          </div>
          <div>
            <Label htmlFor="new-group-description">Description (optional)</Label>
            <TextInput id="new-group-description" name="description" maxLength={500} autoComplete="off" />
          </div>
          {create.isError ? <ErrorNote error={create.error} title="Could not create the group" /> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? "Creating…" : "Create group"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
