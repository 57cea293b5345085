import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";

export const openApiContract = {
  document: defineEndpoint({
    operationId: "getOpenApiDocument",
    method: "GET",
    path: "/api/v1/openapi.json",
    summary: "This document: the API's OpenAPI 3.1 description, generated from the endpoint contracts",
    tags: ["operations"],
    access: { kind: "public" },
    responses: { 200: { description: "The OpenAPI document", schema: z.looseObject({ openapi: z.string() }) } },
    unwrapped: true,
  }),
};
