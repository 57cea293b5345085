import { z } from "zod";
import { groupSettingsSchema } from "@/lib/domain/settings";
import { nameText, storedText } from "@/lib/domain/text";

/** Request bodies of the policy operations. The settings schema itself lives in the domain. */

export const groupNameSchema = nameText(100);
export const groupDescriptionSchema = storedText(500);

/** An optional note saved with a revision; blank means none. */
export const revisionCommentSchema = storedText(500)
  .nullish()
  .transform((value) => value || null);

export const createGroupSchema = z.object({
  name: groupNameSchema,
  description: groupDescriptionSchema.default(""),
  /** Omitted: the product defaults. */
  settings: groupSettingsSchema.optional(),
});
export type CreateGroupInput = z.input<typeof createGroupSchema>;

/** PUT body: every setting, plus an optional comment, at the top level (so errors read `backgroundNetworkServices[1]`). */
export const replaceSettingsSchema = groupSettingsSchema.extend({ comment: revisionCommentSchema });
export type ReplaceSettingsInput = z.input<typeof replaceSettingsSchema>;

export const revertSchema = z.object({ comment: revisionCommentSchema });

/** One group in an export file. Strict, so a misspelt setting is reported rather than dropped. */
const importedGroupSchema = z.object({
  name: groupNameSchema,
  description: groupDescriptionSchema.optional(),
  settings: groupSettingsSchema.strict(),
});

export const GROUPS_EXPORT_FORMAT = "rich-push-console/groups";

export const importFileSchema = z.object({
  format: z.literal(GROUPS_EXPORT_FORMAT).optional(),
  formatVersion: z.literal(1).optional(),
  exportedAt: storedText(100).optional(),
  groups: z
    .array(importedGroupSchema)
    .max(1000, "must hold at most 1000 groups")
    .superRefine((groups, ctx) => {
      const seen = new Set<string>();
      groups.forEach((group, index) => {
        if (seen.has(group.name)) ctx.addIssue({ code: "custom", path: [index, "name"], message: `"${group.name}" appears more than once` });
        seen.add(group.name);
      });
    }),
});
export type ImportFile = z.output<typeof importFileSchema>;

export const importModeSchema = z.object({
  /** Defaults to a dry run: writing needs an explicit `dryRun=false`. */
  dryRun: z
    .enum(["true", "false"], { error: "must be true or false" })
    .default("true")
    .transform((value) => value === "true"),
});
