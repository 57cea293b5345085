"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/client/api-client";

// Fetched on click, not with the shell: the contract brings zod, and the shell is on every page.
const loadContract = () => import("@/lib/auth/contract");

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    // Whatever the answer, the sign-in page follows (as before the contract was loaded lazily).
    await loadContract()
      .then(({ sessionContract }) => callApi(sessionContract.signOut))
      .catch(() => undefined);
    window.location.assign("/sign-in");
  }
  return (
    <Button variant="secondary" onClick={signOut} disabled={pending} className="w-full">
      {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
