import ar from '../messages/ar.json';
import da from '../messages/da.json';
import en from '../messages/en.json';
import lt from '../messages/let.json';
import uk from '../messages/uk.json';
import type { Locale } from './locales';

/**
 * The citizens' messages of every language, for what has no request to read them from: the
 * invitation e-mail from the command line, the page the proxy writes itself, the tests.
 */
export const CITIZEN_MESSAGES: Record<Locale, typeof da> = { da, en, uk, ar, let: lt };
