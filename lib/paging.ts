/** The rows a long list shows at a time, as everywhere in the house. */
export const PAGE_SIZE = 50;

/** The page asked for (`?side=`), counted from 1, and where it starts; a page past the end shows the last. */
export function pageOf(asked: string | undefined, total: number, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(total / size));
  const number = Number(asked ?? '');
  const page = Number.isInteger(number) && number >= 1 ? Math.min(number, pages) : 1;
  return { page, pages, offset: (page - 1) * size, size };
}
