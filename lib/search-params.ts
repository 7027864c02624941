/** A page's query string as Next hands it over. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The query with one value per name. */
export type Query = Record<string, string | undefined>;

/** The first value of each query parameter (a repeated one counts once). */
export async function queryOf(searchParams: SearchParams): Promise<Query> {
  return Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}
