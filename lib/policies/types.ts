import type { Evaluation, RuleId } from "@/lib/domain/prerequisites";
import type { GroupSettings } from "@/lib/domain/settings";

/** Plain objects the policy operations return and the API sends; shared with the browser as types only. */

export type SettingKey = keyof GroupSettings;
export type SettingValue = GroupSettings[SettingKey];

/** One changed setting: `field: before → after`. */
export type SettingChange = { field: SettingKey; before: SettingValue; after: SettingValue };

/** A group's verdict at group level, as the list shows it. */
export type GroupVerdict = {
  richPushSupported: boolean;
  failing: number;
  warnings: number;
  /** Checks settled per user (device facts), shown as "confirm per user". */
  unknown: number;
  failingRules: RuleId[];
};

export type LastChange = { version: number; byEmail: string | null; at: string };

export type GroupSummaryView = {
  id: string;
  name: string;
  description: string;
  memberCount: number;
  verdict: GroupVerdict;
  lastChange: LastChange;
};

export type GroupDetailView = {
  id: string;
  name: string;
  description: string;
  memberCount: number;
  createdAt: string;
  version: number;
  settings: GroupSettings;
  updatedByEmail: string | null;
  updatedAt: string;
  evaluation: Evaluation;
};

/** Sent with a 412 so the client can show who saved first and what they changed. */
export type VersionConflictDetails = {
  current: { version: number; settings: GroupSettings; updatedByEmail: string | null; updatedAt: string };
};

export type RevisionSummaryView = {
  id: string;
  version: number;
  actorEmail: string | null;
  createdAt: string;
  comment: string | null;
  changedFields: SettingKey[];
};

export type RevisionDetailView = RevisionSummaryView & {
  snapshot: GroupSettings;
  /** The revision this one is compared with; null for the first. */
  previousVersion: number | null;
  changes: SettingChange[];
};

/** What a proposed settings change does to the group's members. */
export type ImpactView = {
  members: number;
  supportedNow: number;
  supportedAfter: number;
  /** Members for whom rich push works now and would stop. */
  stopWorking: number;
  /** Members for whom rich push does not work now and would start. */
  startWorking: number;
  /** What the members who would lose rich push get instead, under the proposed settings; empty when none would. */
  whenLost: string[];
  /** What changes for the members who would gain rich push; empty when none would. */
  whenGained: string[];
};

export type GroupsExportFile = {
  format: "rich-push-console/groups";
  formatVersion: 1;
  exportedAt: string;
  groups: { name: string; description: string; settings: GroupSettings }[];
};

export type ImportOutcome = "created" | "updated" | "unchanged";

export type ImportGroupResult = {
  name: string;
  outcome: ImportOutcome;
  changes: SettingChange[];
  description: { before: string | null; after: string } | null;
  /** Set once written (real mode), and for existing groups. */
  groupId: string | null;
  version: number | null;
};

export type ImportResultView = {
  dryRun: boolean;
  summary: Record<ImportOutcome, number>;
  groups: ImportGroupResult[];
};
