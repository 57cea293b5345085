import { z } from "zod";
import { FAILURE_CAUSES, GENERIC_CAUSES, OUTCOMES } from "@/lib/domain/outcomes";

/** Response bodies of the affected-users list: the route checks them, the document shows them, the page reads them. */

export const affectedUserSchema = z.strictObject({
  id: z.uuid(),
  displayName: z.string(),
  upn: z.string(),
  group: z.strictObject({ id: z.uuid(), name: z.string() }).nullable().meta({ description: "The user's delivery group now; null when none" }),
  count: z.int().min(1).meta({ description: "Notifications in the range that match every filter" }),
  lastAt: z.iso.datetime().meta({ description: "When the latest matching notification occurred" }),
  lastOutcome: z.enum(OUTCOMES).meta({ description: "Outcome of the latest matching notification" }),
  lastCause: z.enum([...GENERIC_CAUSES, ...FAILURE_CAUSES]).nullable().meta({ description: "Cause of the latest matching notification; null for rich and sync" }),
});
export type AffectedUser = z.output<typeof affectedUserSchema>;

export const affectedUsersPageSchema = z.strictObject({
  users: z.array(affectedUserSchema),
  nextCursor: z.string().nullable().meta({ description: "Null on the last page" }),
  range: z.strictObject({ from: z.iso.datetime(), to: z.iso.datetime() }).meta({ description: "The range the list covers, [from, to), with the defaults resolved" }),
});
export type AffectedUsersPage = z.output<typeof affectedUsersPageSchema>;
