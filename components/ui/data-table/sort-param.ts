import { createParser } from "nuqs";

/** One sorted column, as TanStack Table keeps it. */
export type ColumnSort = { id: string; desc: boolean };

/**
 * The sort as the URL carries it: "name" ascending, "-name" descending, nothing when unsorted.
 * One column only, as the headers sort one column at a time. An unknown column reads as unsorted,
 * so an old link to a renamed column still opens the list.
 */
export function parseSortParam(text: string, columnIds: readonly string[]): ColumnSort[] {
  const desc = text.startsWith("-");
  const id = desc ? text.slice(1) : text;
  return columnIds.includes(id) ? [{ id, desc }] : [];
}

export function sortParamOf(sorting: readonly ColumnSort[]): string | null {
  const first = sorting[0];
  if (!first) return null;
  return first.desc ? `-${first.id}` : first.id;
}

/** A nuqs parser for one table's sort, limited to that table's sortable columns. */
export function sortParser(columnIds: readonly string[]) {
  return createParser<ColumnSort[]>({
    parse: (text) => parseSortParam(text, columnIds),
    serialize: (sorting) => sortParamOf(sorting) ?? "",
    eq: (a, b) => sortParamOf(a) === sortParamOf(b),
  })
    .withDefault([])
    .withOptions({ history: "push", clearOnDefault: true });
}
