"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    await fetch("/api/session", { method: "DELETE" }).catch(() => undefined);
    window.location.assign("/sign-in");
  }
  return (
    <Button variant="secondary" onClick={signOut} disabled={pending} className="w-full">
      {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
