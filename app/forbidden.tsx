import { ForbiddenNotice } from "@/components/shell/forbidden-notice";
import { MaybeShell } from "@/components/shell/maybe-shell";

/** forbidden() outside the console's pages; those have their own in app/(console)/forbidden.tsx. */
export default async function Forbidden() {
  return (
    <MaybeShell>
      <ForbiddenNotice />
    </MaybeShell>
  );
}
