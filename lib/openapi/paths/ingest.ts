import type { OpenApiPaths } from "../types";

/** OpenAPI paths of the ingest API. */
export const ingestPaths: OpenApiPaths = {};
