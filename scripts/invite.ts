import { createInvitations, InvitationInputError } from '../db/queries/invitations';
import { toCsv } from '../lib/csv';
import { DEFAULT_LOCALE, isLocale, LOCALES } from '../lib/locales';
import { surveyUrl } from '../lib/survey/links';
import { formatCode } from '../lib/tokens';
import { publicBaseUrl, readCommandLine, runCommand, withDatabase } from './lib/cli';
import { dateInWords } from '@/lib/dates';

const { values: args, fail } = readCommandLine(
  'npm run invite -- --group KEY [--team T] --count N [--expires-days D] [--language da|en|uk|ar|let] [--base-url URL]',
  {
    group: { type: 'string' },
    team: { type: 'string' },
    count: { type: 'string' },
    'expires-days': { type: 'string' },
    language: { type: 'string' },
    'base-url': { type: 'string' },
  },
);
const group = args.group ?? fail('--group is required');
const count = Number(args.count ?? fail('--count is required'));
// Without --expires-days, the admin setting (30 days unless changed) applies.
const expiresInDays = args['expires-days'] === undefined ? undefined : Number(args['expires-days']);
const requested = args.language ?? DEFAULT_LOCALE;
const language = isLocale(requested) ? requested : fail(`--language must be ${LOCALES.join(', ')}`);
const baseUrl = publicBaseUrl(args['base-url']);

runCommand(() =>
  withDatabase((db) => {
    try {
      const created = createInvitations(db, {
        targetGroup: group,
        team: args.team ?? null,
        language,
        channel: 'cli',
        count,
        expiresInDays,
      });
      const rows = created.map(({ token, expiresAt }) => {
        const code = formatCode(token);
        return [surveyUrl(baseUrl, code, language), code, expiresAt.toISOString(), dateInWords(expiresAt, language)];
      });
      // The expiry as a moment for machines, and as the day in words for the letter.
      process.stdout.write(toCsv([['url', 'code', 'expires_at', 'expires'], ...rows]));
    } catch (error) {
      if (error instanceof InvitationInputError) fail(error.message);
      throw error;
    }
  }),
);
