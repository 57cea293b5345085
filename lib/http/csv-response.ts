/** A CSV export as a download: the file name, whether the bound cut it short, and no shared cache (exports hold personal data). */
export function csvResponse(file: { csv: string; fileName: string; truncated: boolean }): Response {
  return new Response(file.csv, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "x-export-truncated": String(file.truncated),
      "cache-control": "no-store",
    },
  });
}
