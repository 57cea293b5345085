import type { OpenApiPaths } from "../types";

/** OpenAPI paths of the policies API. */
export const policiesPaths: OpenApiPaths = {};
