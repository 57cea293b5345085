import { z } from "zod";
import { ERROR_CODES } from "./app-error";

/**
 * The body of every error answer: built by the route wrapper's error mapper, read by the browser's
 * client and the simulator, and published in the OpenAPI document as the `ErrorBody` component.
 */
export const fieldErrorSchema = z.object({
  field: z.string().meta({ description: "Path of the offending value, e.g. backgroundNetworkServices[1] or groups[2].settings.authentication" }),
  message: z.string(),
});

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).meta({ description: "Stable machine-readable code; the HTTP status follows from it" }),
      message: z.string().meta({ description: "One sentence for people, naming what to change" }),
      fields: z.array(fieldErrorSchema).optional().meta({ description: "Each invalid field (422), or the field a conflict is about (409)" }),
      details: z.unknown().optional().meta({ description: "Extra facts, e.g. the current version, settings and author on a 412" }),
      requestId: z.string().optional().meta({ description: "Given on a 500: quote it when reporting the problem" }),
    }),
  })
  .meta({ id: "ErrorBody", description: "The error answer of every endpoint" });

export type ErrorBody = z.output<typeof errorBodySchema>;
