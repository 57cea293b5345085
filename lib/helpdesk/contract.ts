import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";
import { diagnosisQuerySchema, eventsQuerySchema, searchQuerySchema } from "./schemas";
import { eventsPageSchema, userDiagnosisSchema, userOverviewSchema, userSearchPageSchema } from "./views";

/** The helpdesk API: directory search, a user's overview, timeline and diagnosis. */

const tags = ["helpdesk"];
const access = { kind: "user", permission: "directory:read" } as const;
const READERS = "Admin, helpdesk and auditor accounts (permission directory:read); ingestion tokens are refused.";
const userParams = z.object({ id: resourceIdSchema("directory user") });

export const helpdeskContract = {
  searchUsers: defineEndpoint({
    operationId: "searchUsers",
    method: "GET",
    path: "/api/v1/users",
    summary: "Search directory users by name, email or UPN",
    description: `Prefix, substring and small typos (trigram similarity), best match first: exact, prefix, start of a later word, substring, similar. Queries under 3 characters match prefixes only. ${READERS}`,
    tags,
    access,
    query: searchQuerySchema,
    responses: { 200: { description: "A page of matches and the next cursor", schema: userSearchPageSchema } },
    errors: { 422: "Invalid query, cursor or limit; the field is named" },
  }),
  getUser: defineEndpoint({
    operationId: "getUserOverview",
    method: "GET",
    path: "/api/v1/users/{id}",
    summary: "One user: identity, group settings with the verdict for this user's devices, each device's own verdict and warnings, lock-screen preview",
    description: `Each call is recorded in the audit log as directory.user_view (who looked at whom). ${READERS}`,
    tags,
    access,
    params: userParams,
    responses: { 200: { description: "The user overview", schema: userOverviewSchema } },
  }),
  listEvents: defineEndpoint({
    operationId: "listUserEvents",
    method: "GET",
    path: "/api/v1/users/{id}/events",
    summary: "A user's notification events, newest first, with the step-by-step path and the exact message shown",
    description: `Keyset pagination on (occurredAt, id): cursor pages to older events. For live updates pass after=<cursor of the newest event held>: only newer events come back (moreNewer says to ask again). ${READERS}`,
    tags,
    access,
    params: userParams,
    query: eventsQuerySchema,
    responses: { 200: { description: "A page of events", schema: eventsPageSchema } },
    errors: { 422: "Invalid cursor, filter or limit (e.g. a cause that does not belong to the outcome, or any cause with outcome=sync); the field is named" },
  }),
  getDiagnosis: defineEndpoint({
    operationId: "getUserDiagnosis",
    method: "GET",
    path: "/api/v1/users/{id}/diagnosis",
    summary: "Why this user does (not) get mail notifications: findings ranked most likely first, with the 24-hour and 7-day summary",
    description: `Rests on the group's settings, the user's devices, their last 7 days of events and the group's last 24 hours. ${READERS}`,
    tags,
    access,
    params: userParams,
    query: diagnosisQuerySchema,
    responses: { 200: { description: "The diagnosis", schema: userDiagnosisSchema } },
    errors: { 422: "Invalid time zone; the field is named" },
  }),
};
