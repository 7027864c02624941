import { DEFAULT_LOCALE, type Locale } from '../locales';

/** Where a citizen types a code, in a language: `/s` in Danish, `/en/s` in English. */
export const surveyAddress = (baseUrl: string, locale: Locale) =>
  `${baseUrl}${locale === DEFAULT_LOCALE ? '' : `/${locale}`}/s`;

/** The link to one invitation's survey, as printed on cards and sent in e-mails and files. */
export const surveyUrl = (baseUrl: string, code: string, locale: Locale) => `${surveyAddress(baseUrl, locale)}/${code}`;
