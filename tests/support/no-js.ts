import { formHtml, hiddenFields } from '@/scripts/lib/html';

/** Forms posted the way a browser without JavaScript posts them: the page's hidden fields, then the answers. */

/** The hidden fields of the `index`th form on `path` (Next's action fields), read from the server-rendered HTML. */
export async function noJsFormFields(
  baseURL: string,
  path: string,
  index = 0,
  cookie?: string,
): Promise<[string, string][]> {
  const html = await (await fetch(new URL(path, baseURL), { headers: cookie ? { cookie } : {} })).text();
  return hiddenFields(formHtml(html, index));
}

/** Posts a form the way a browser without JavaScript does, from a client address of its own. */
export async function postNoJs(
  baseURL: string,
  path: string,
  fields: [string, string][],
  address: string,
  cookie?: string,
) {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return fetch(new URL(path, baseURL), {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { origin: new URL(baseURL).origin, 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) },
  });
}

export type Outcome = 'thanks' | 'answered' | 'try_again' | `status_${number}`;

/**
 * Answers the survey: reads the form's hidden fields from the page, posts them with the
 * answers, and reads the answer. Throws when the connection fails (the server was killed).
 */
export async function submitWithoutJs(baseUrl: string, code: string, comment: string): Promise<Outcome> {
  const page = await fetch(`${baseUrl}/s/${code}`, { redirect: 'manual' });
  const html = await page.text();
  if (page.status !== 200) return `status_${page.status}`;
  if (!html.includes('name="token"')) return 'answered';
  const form = new FormData();
  for (const [name, value] of hiddenFields(html)) form.append(name, value);
  form.append('clear_purpose', '4');
  form.append('comment', comment);
  const response = await fetch(`${baseUrl}/s/${code}`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { Origin: baseUrl },
  });
  const location = response.headers.get('location') ?? '';
  if (response.status === 303 && location.endsWith('/s/tak')) return 'thanks';
  if (response.status === 303 && location.includes(`/s/${code}`)) return 'answered';
  const body = await response.text();
  if (response.status === 200 && body.includes('Vi kunne ikke gemme dit svar')) return 'try_again';
  return `status_${response.status}`;
}
