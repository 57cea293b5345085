import "server-only";
import type { z } from "zod";
import type { Endpoint } from "@/lib/contract/endpoint";
import { formatPath } from "@/lib/errors/app-error";
import { errorBodySchema } from "@/lib/errors/error-body";

/**
 * Outside production every answer is checked against its contract, so a handler that drifts
 * from the document fails the tests that call it (a 500 naming the operation and the fields)
 * instead of surprising a client. Production skips the check: it costs a parse per response.
 */
export class ContractDriftError extends Error {
  override name = "ContractDriftError";
}

export function checkResponseBody(endpoint: Endpoint, status: number, body: unknown): void {
  const schema = schemaFor(endpoint, status);
  if (schema === "undescribed") return;
  if (!schema) throw drift(endpoint, status, `status ${status} is not in the contract`);
  const result = schema.safeParse(body);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${formatPath(issue.path) || "(body)"}: ${issue.message}`).join("; ");
    throw drift(endpoint, status, problems);
  }
}

/** A Response the handler built itself (cookies, streams): JSON answers are read from a copy. */
export async function checkResponse(endpoint: Endpoint, response: Response): Promise<void> {
  const declared = (endpoint.responses as Record<number, { contentType?: string } | undefined>)[response.status];
  if (declared?.contentType) return; // a stream: its lines are described, not buffered here
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) {
    if (response.status < 400 && !declared) throw drift(endpoint, response.status, `status ${response.status} is not in the contract`);
    return;
  }
  checkResponseBody(endpoint, response.status, await response.clone().json());
}

function schemaFor(endpoint: Endpoint, status: number): z.ZodType | "undescribed" | undefined {
  const declared = (endpoint.responses as Record<number, { schema?: z.ZodType } | undefined>)[status];
  if (!declared) return status >= 400 ? errorBodySchema : undefined;
  return declared.schema ?? "undescribed";
}

function drift(endpoint: Endpoint, status: number, problems: string): ContractDriftError {
  return new ContractDriftError(`${endpoint.method} ${endpoint.path} (${endpoint.operationId}) answered ${status} outside its contract: ${problems}`);
}
