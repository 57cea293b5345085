import { readJson } from "@/lib/api/handler";

/** A JSON body where one is optional (e.g. a comment): an empty body reads as `{}`. */
export async function readOptionalJson(req: Request): Promise<unknown> {
  const text = await req.clone().text();
  return text.trim() ? readJson(req) : {};
}
