import { openApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-static";

/** Served as is (static, no session): the document of lib/openapi/contract.ts's getOpenApiDocument. */
export function GET() {
  return Response.json(openApiDocument());
}
