import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = 'passwordTooShort' | 'passwordTooLong' | 'passwordCommon';

/**
 * At least 12 characters and not a common password: zxcvbn's dictionaries of
 * leaked passwords, names and keyboard patterns, plus the person's own details.
 */
export function passwordProblem(password: string, personal: string[] = []): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'passwordTooShort';
  if (password.length > MAX_PASSWORD_LENGTH) return 'passwordTooLong';
  const danish = [
    'jobcenter',
    'jobcentret',
    'lyngby',
    'taarbæk',
    'kommune',
    'vaerdig',
    'værdig',
    'sommer',
    'vinter',
    'efterår',
    'forår',
    'kodeord',
    'adgangskode',
  ];
  // The person's own name and e-mail name (not its domain) make a password easy to guess.
  const own = personal
    .flatMap((detail) =>
      detail
        .split('@')[0]!
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    )
    .filter((word) => word.length >= 4);
  if (own.some((word) => password.toLowerCase().includes(word))) return 'passwordCommon';
  const result = zxcvbn.check(password, [...danish, ...own]);
  return result.score < 3 ? 'passwordCommon' : null;
}
