/** Undoes the entities React writes in attribute values. */
export const decodeHtml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The HTML of the `index`th form on a page. */
export function formHtml(html: string, index = 0): string {
  const form = html.split('<form').slice(1)[index];
  if (form === undefined) throw new Error(`the page has no form number ${index + 1}`);
  return form.slice(0, form.indexOf('</form>'));
}

/**
 * The hidden inputs in `html` (a survey's token and locale, Next's action fields), as a
 * browser without JavaScript posts them.
 */
export const hiddenFields = (html: string): [string, string][] =>
  [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map((match) => [
    decodeHtml(match[1]!),
    decodeHtml(match[2] ?? ''),
  ]);
