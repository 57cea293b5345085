import { writeFileSync } from "node:fs";
import { openApiDocument } from "@/lib/openapi/document";

/** `tsx scripts/write-openapi.ts <file>`: the generated OpenAPI document, for `redocly lint` in npm test. */
const target = process.argv[2];
if (!target) {
  console.error("usage: tsx scripts/write-openapi.ts <file.json>");
  process.exit(2);
}
writeFileSync(target, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
