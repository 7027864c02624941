import http from 'node:http';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { invitationState, newCode, responseCount, responsesWithComment } from '../support/e2e-db';
import { formHtml, hiddenFields } from '@/scripts/lib/html';
import { expectSecurityHeaders } from '../support/page-checks';

/**
 * Hostile input straight to the submit path, the way a browser without
 * JavaScript posts it: the page's own hidden action fields, then whatever an
 * attacker changes. Each case must store nothing, leave the token unspent and
 * never answer 500.
 */
const formFields = async (request: APIRequestContext, path: string) =>
  hiddenFields(formHtml(await (await request.get(path)).text()));

async function post(request: APIRequestContext, path: string, fields: [string, string | Blob][]) {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return request.post(path, {
    multipart: body,
    maxRedirects: 0,
    headers: { Origin: new URL(path, test.info().project.use.baseURL).origin },
  });
}

type Case = { name: string; fields: (hidden: [string, string][]) => [string, string | Blob][] };

const withToken = (hidden: [string, string][], extra: [string, string | Blob][]) => [...hidden, ...extra];
const withoutToken = (hidden: [string, string][]) => hidden.filter(([name]) => name !== 'token');
const replaceToken = (hidden: [string, string][], token: string): [string, string][] =>
  hidden.map(([name, value]) => [name, name === 'token' ? token : value]);

const cases: Case[] = [
  ...['0', '6', '3.5', 'text', '-1', '1e1'].map((value) => ({
    name: `Likert value ${JSON.stringify(value)}`,
    fields: (hidden: [string, string][]) => withToken(hidden, [['clear_purpose', value]]),
  })),
  { name: 'Min Plan value outside its options', fields: (h) => withToken(h, [['min_plan_use', 'maybe']]) },
  { name: 'meeting channel outside its options', fields: (h) => withToken(h, [['meeting_channel', 'letter']]) },
  {
    name: 'an unknown field',
    fields: (h) =>
      withToken(h, [
        ['clear_purpose', '4'],
        ['cpr', '010101-1234'],
      ]),
  },
  {
    name: 'a duplicated field',
    fields: (h) =>
      withToken(h, [
        ['clear_purpose', '4'],
        ['clear_purpose', '5'],
      ]),
  },
  {
    name: 'a duplicated token',
    fields: (h) =>
      withToken(h, [
        ['clear_purpose', '4'],
        ['token', 'ABCD-EFGH-JKMN-PQRS'],
      ]),
  },
  {
    name: 'a file instead of text',
    fields: (h) => withToken(h, [['comment', new Blob(['hej'], { type: 'text/plain' })]]),
  },
  { name: 'a missing token', fields: (h) => [...withoutToken(h), ['clear_purpose', '4']] },
  { name: 'a 10 KB token', fields: (h) => [...replaceToken(h, 'A'.repeat(10_240)), ['clear_purpose', '4']] },
  {
    name: 'a SQL-looking token',
    fields: (h) => [...replaceToken(h, "' OR 1=1; DROP TABLE responses; --"), ['clear_purpose', '4']],
  },
  {
    name: 'a 2,001-character comment',
    fields: (h) =>
      withToken(h, [
        ['clear_purpose', '4'],
        ['comment', 'x'.repeat(2001)],
      ]),
  },
  {
    name: 'a 2 MB body',
    fields: (h) =>
      withToken(h, [
        ['clear_purpose', '4'],
        ['comment', 'x'.repeat(2 * 1024 * 1024)],
      ]),
  },
  { name: 'no answer at all', fields: (h) => h },
];

for (const hostile of cases) {
  test(`hostile input: ${hostile.name} stores nothing, spends nothing, no 500`, async ({ request }) => {
    const team = `hostile-${test.info().testId}`;
    const code = newCode({ team });
    const path = `/s/${code}`;
    const response = await post(request, path, hostile.fields(await formFields(request, path)));
    expect(response.status()).toBeLessThan(500);
    expect(response.status()).not.toBe(303); // no redirect to the thank-you page
    expect(responseCount(team)).toBe(0);
    expect(invitationState(code).answered).toBe(false);
    // The server is still well, and the citizen can still answer with the same token.
    const retry = await post(request, path, withToken(await formFields(request, path), [['clear_purpose', '4']]));
    expect(retry.status()).toBe(303);
    expect(retry.headers()['location']).toMatch(/\/s\/tak$/);
    expect(invitationState(code).answered).toBe(true);
    expect(responseCount(team)).toBe(1);
  });
}

test('a comment with decomposed letters, control characters and bidi overrides is stored normalised', async ({
  request,
}) => {
  const marker = `nfc-${test.info().testId}`;
  const code = newCode();
  const path = `/s/${code}`;
  // "e" + combining acute, "A" + combining ring, NUL, BEL, NEL (C1), a right-to-left override
  // around the marker, and a textarea's CRLF.
  const comment = `  Caf\u0065\u0301\u0000 med A\u030Ase\u0085 \u202E${marker}\u202C\r\nlinje 2\tslut\u0007  `;
  const response = await post(request, path, withToken(await formFields(request, path), [['comment', comment]]));
  expect(response.status()).toBe(303);
  expect(responsesWithComment(`Café med Åse ${marker}\nlinje 2\tslut`)).toHaveLength(1);
});

test('the same post twice stores one response; the second goes to the answered page', async ({ request }) => {
  const team = 'hostile-concurrent';
  const code = newCode({ team });
  const path = `/s/${code}`;
  const fields = withToken(await formFields(request, path), [['clear_purpose', '2']]);
  const responses = await Promise.all(Array.from({ length: 10 }, () => post(request, path, fields)));
  const targets = responses.map((response) => response.headers()['location']);
  expect(targets.filter((target) => target?.endsWith('/s/tak'))).toHaveLength(1);
  expect(targets.filter((target) => target?.endsWith(`/s/${code}`))).toHaveLength(9);
  expect(responseCount(team)).toBe(1);
});

test('a cross-site or cross-origin post is refused and changes nothing', async ({ request }) => {
  const attempts: Record<string, string>[] = [
    { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' },
    { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    { Origin: 'null' },
  ];
  for (const headers of attempts) {
    const team = `cross-${Object.values(headers).join('-').replace(/\W/g, '')}`;
    const code = newCode({ team });
    const path = `/s/${code}`;
    const body = new FormData();
    for (const [name, value] of withToken(await formFields(request, path), [['clear_purpose', '4']]))
      body.append(name, value);
    const response = await request.post(path, { multipart: body, maxRedirects: 0, headers });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    expect(responseCount(team)).toBe(0);
    expect(invitationState(code).answered).toBe(false);
  }
});

/**
 * A post with `Transfer-Encoding: chunked` and no Content-Length, in 16 KB chunks, through
 * `node:http` (Playwright's request API always sets a Content-Length).
 */
function chunkedPost(path: string, body: Buffer, contentType: string) {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const request = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: 'POST',
        headers: { 'Content-Type': contentType, 'Transfer-Encoding': 'chunked', Origin: base.origin },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    // The server may answer and close before the last chunk is sent; the answer is what counts.
    request.on('error', (error) => (request.writableFinished ? reject(error) : undefined));
    for (let at = 0; at < body.length; at += 16_384) request.write(body.subarray(at, at + 16_384));
    request.end();
  });
}

/**
 * A valid no-JS submit as multipart, padded to about `size` bytes with a field whose name
 * starts with `$ACTION`, which the survey action skips as one of Next's own: without a
 * limit, the padding alone does not stop it from being saved.
 */
async function paddedSubmit(fields: [string, string][], size: number): Promise<{ body: Buffer; type: string }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  if (size > 0) form.append('$ACTION_PADDING', 'x'.repeat(size));
  const encoded = new Response(form);
  return { body: Buffer.from(await encoded.arrayBuffer()), type: encoded.headers.get('content-type')! };
}

for (const [label, size] of [
  ['70 KB', 70 * 1024],
  ['500 KB', 500 * 1024],
  ['5 MB', 5 * 1024 * 1024],
] as const) {
  test(`a chunked survey post of ${label} gets the 413 page: nothing stored, nothing spent`, async ({ request }) => {
    const team = `chunked-${test.info().testId}`;
    const code = newCode({ team });
    const path = `/s/${code}`;
    const { body, type } = await paddedSubmit(
      withToken(await formFields(request, path), [['clear_purpose', '4']]) as [string, string][],
      size,
    );
    const response = await chunkedPost(path, body, type);
    expect(response.status).toBe(413);
    expect(response.text).toContain('Formularen er for stor');
    expectSecurityHeaders(response.headers, 'page');
    expect(responseCount(team)).toBe(0);
    expect(invitationState(code).answered).toBe(false);
  });
}

test('a small chunked survey post is saved as usual', async ({ request }) => {
  const team = `chunked-small-${test.info().testId}`;
  const code = newCode({ team });
  const path = `/s/${code}`;
  const { body, type } = await paddedSubmit(
    withToken(await formFields(request, path), [['clear_purpose', '4']]) as [string, string][],
    0,
  );
  const response = await chunkedPost(path, body, type);
  expect(response.status).toBe(303);
  expect(response.headers.location).toMatch(/\/s\/tak$/);
  expect(responseCount(team)).toBe(1);
});

test('the staff limit holds for chunked posts too: 1.5 MB refused, 100 KB let through', async () => {
  const large = await chunkedPost('/log-ind', Buffer.alloc(1.5 * 1024 * 1024, 'x'), 'text/plain');
  expect(large.status).toBe(413);
  expectSecurityHeaders(large.headers, 'page');
  const small = await chunkedPost('/log-ind', Buffer.alloc(100 * 1024, 'x'), 'text/plain');
  expect(small.status).not.toBe(413);
  expect(small.status).toBeLessThan(500);
});
