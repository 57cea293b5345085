import { readFile } from "node:fs/promises";
import { join } from "node:path";

export const dynamic = "force-static";

/**
 * Scalar's stylesheet, served on its own so that only the API reference links it (see
 * components/api-reference/scalar-reference.tsx): it styles `body`, `:root` and the
 * `.dark-mode`/`.light-mode` classes, which must not reach the console's other pages, as they
 * would if it were imported into the bundle (React keeps bundled stylesheets after navigation).
 */
export async function GET() {
  const css = await readFile(join(process.cwd(), "node_modules/@scalar/api-reference-react/dist/style.css"), "utf8");
  return new Response(css, { headers: { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
