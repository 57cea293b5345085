import type { OpenApiPaths } from "../types";

/** OpenAPI paths of the helpdesk API. */
export const helpdeskPaths: OpenApiPaths = {};
