import type { OpenApiPaths } from "../types";

/** OpenAPI paths of the probes API. */
export const probesPaths: OpenApiPaths = {};
