import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";

/** Changing one's own password: the change-password page, its route and the document share these. */

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "is required").max(128),
    newPassword: z.string().min(12, "must be at least 12 characters").max(128, "must be at most 128 characters"),
  })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ["newPassword"], error: "must differ from the current password" });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const passwordContract = {
  change: defineEndpoint({
    operationId: "changeOwnPassword",
    method: "POST",
    path: "/api/session/password",
    summary: "Change the signed-in account's own password (the way out of password_change_required)",
    description:
      "Needs the current password. Clears the must-change flag an admin's reset sets, and ends the account's other sessions. Like every write made with the session cookie, it must come from the console's own pages.",
    tags: ["auth"],
    access: { kind: "session" },
    body: { schema: changePasswordSchema, required: true },
    responses: { 200: { description: "Changed", schema: z.strictObject({ changed: z.literal(true), endedSessions: z.int().min(0).meta({ description: "Other sessions ended" }) }) } },
    errors: {
      401: "Not signed in",
      409: "The account has no local password (single sign-on only)",
      422: "Invalid input, or the current password is wrong (error.fields names currentPassword)",
    },
  }),
};
