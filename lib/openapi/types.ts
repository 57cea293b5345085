/** A deliberately small slice of OpenAPI 3.1 types: enough to keep path documents consistent. */
export type SchemaObject = Record<string, unknown>;
export type Operation = {
  summary: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: Record<string, unknown>[];
  requestBody?: Record<string, unknown>;
  responses: Record<string, { description: string; headers?: Record<string, unknown>; content?: Record<string, { schema: SchemaObject }> }>;
};
export type OpenApiPaths = Record<string, Partial<Record<"get" | "post" | "put" | "patch" | "delete", Operation>>>;

export const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
