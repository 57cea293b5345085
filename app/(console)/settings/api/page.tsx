import type { Metadata } from "next";
import { ApiReference } from "@/components/api-reference/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";

export const metadata: Metadata = { title: "API reference" };

/** The generated OpenAPI document (/api/v1/openapi.json) as an interactive reference. */
export default async function ApiReferencePage() {
  await pageCaller();
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            Every endpoint of <code>/api/v1</code>, generated from the same contracts the server enforces. The raw document is at{" "}
            <a className="underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
          </>
        }
      />
      <ApiReference />
    </>
  );
}
