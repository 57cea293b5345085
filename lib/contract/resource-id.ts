import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

/**
 * The one id-or-404 rule. Ids of stored resources are UUIDs (any 8-4-4-4-12 hex form: simulated
 * fleets make their own), so anything else names nothing: 404, like an unknown id, rather than a
 * 422 in one area and a database error in another.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFoundMessages = new WeakMap<z.ZodType, string>();

export function notFoundMessage(what: string): string {
  return `No such ${what}.`;
}

/** A path parameter naming a stored resource; the route wrapper answers a malformed one with 404. */
export function resourceIdSchema(what: string) {
  const schema = z.guid().meta({ description: `The ${what}'s id (UUID)` });
  notFoundMessages.set(schema, notFoundMessage(what));
  return schema;
}

/** The 404 message of a resource id parameter, or undefined for any other parameter. */
export function notFoundMessageOf(schema: z.ZodType): string | undefined {
  return notFoundMessages.get(schema);
}

/** For operations called with an id from anywhere (route, seed, test): lower-case UUID, else 404. */
export function requireResourceId(id: unknown, what: string): string {
  if (typeof id !== "string" || !UUID.test(id)) throw new AppError("not_found", notFoundMessage(what));
  return id.toLowerCase();
}
