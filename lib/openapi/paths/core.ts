import { errorResponse, type OpenApiPaths } from "../types";

export const corePaths: OpenApiPaths = {
  "/api/health": {
    get: {
      summary: "Service and database health",
      tags: ["operations"],
      security: [],
      responses: { "200": { description: "The database answers" }, "503": { description: "The database does not answer; the body says why" } },
    },
  },
  "/api/session": {
    post: {
      summary: "Sign in with email and password (sets the session cookie)",
      tags: ["auth"],
      security: [],
      requestBody: { content: { "application/json": { schema: { type: "object", required: ["email", "password"], properties: { email: { type: "string" }, password: { type: "string" } } } } } },
      responses: { "200": { description: "Signed in" }, "401": errorResponse("Wrong email or password"), "422": errorResponse("Invalid input"), "429": errorResponse("Too many attempts") },
    },
    delete: { summary: "Sign out and end the session on the server", tags: ["auth"], responses: { "200": { description: "Signed out" } } },
  },
  "/api/v1/audit": {
    get: {
      summary: "Audit log, newest first (filters: actor, action, targetId, from, to; keyset cursor)",
      tags: ["audit"],
      responses: { "200": { description: "A page of entries and the next cursor" }, "403": errorResponse("Needs audit:read") },
    },
  },
  "/api/v1/accounts": {
    get: { summary: "List console accounts", tags: ["accounts"], responses: { "200": { description: "Accounts" }, "403": errorResponse("Needs account:manage") } },
    post: { summary: "Create a console account", tags: ["accounts"], responses: { "201": { description: "Created" }, "409": errorResponse("Email in use"), "422": errorResponse("Invalid input") } },
  },
  "/api/v1/accounts/{id}": {
    patch: { summary: "Change an account's role or disable it (ends its sessions)", tags: ["accounts"], responses: { "200": { description: "Changed" }, "404": errorResponse("No such account") } },
  },
};
