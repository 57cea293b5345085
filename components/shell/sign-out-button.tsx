"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { sessionContract } from "@/lib/auth/contract";
import { callApi } from "@/lib/client/api-client";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    await callApi(sessionContract.signOut).catch(() => undefined);
    window.location.assign("/sign-in");
  }
  return (
    <Button variant="secondary" onClick={signOut} disabled={pending} className="w-full">
      {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
