import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

export const createAccountSchema = z.object({
  email: z.email("must be an email address").trim().toLowerCase(),
  name: z.string().trim().min(1, "is required").max(100),
  role: z.enum(ROLES),
  password: z.string().min(12, "must be at least 12 characters").max(128),
});
export type CreateAccountInput = z.input<typeof createAccountSchema>;

export const updateAccountSchema = z
  .object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() })
  .refine((value) => value.role !== undefined || value.disabled !== undefined, { error: "role or disabled is required" });
export type UpdateAccountInput = z.input<typeof updateAccountSchema>;

export type AccountView = {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  createdAt: string;
  activeSessions: number;
};
