import { createTranslator } from 'use-intl/core';
import da from '../messages/staff/da.json';
import en from '../messages/staff/en.json';
import { allowedValues, IMPORT_COLUMNS, type ImportError, type ImportFailure } from './import';
import type { StaffLocale } from './locales';
import { COMMENT_MAX_LENGTH } from './survey/definition';

const translators = {
  da: createTranslator({ locale: 'da', messages: da, namespace: 'AdminImport.errors' }),
  en: createTranslator({ locale: 'en', messages: en, namespace: 'AdminImport.errors' }),
};

/** One sentence per error, for the command line and the import page (messages `AdminImport.errors`). */
export function describeImportError(error: ImportError, locale: StaffLocale): string {
  const t = translators[locale];
  const { line, column = '', value = '' } = error;
  switch (error.reason) {
    case 'file_too_large':
    case 'archive_too_large':
      return t(error.reason, { megabytes: Math.floor(Number(value) / 1_000_000) });
    case 'too_many_rows':
      return t(error.reason, { max: Number(value) });
    case 'comment_too_long':
      return t(error.reason, { line, length: Number(value), max: COMMENT_MAX_LENGTH });
    case 'wrong_column_count':
      return t(error.reason, { line, value, columns: IMPORT_COLUMNS.length });
    case 'bad_value':
      return t(error.reason, { line, value, column, allowed: (allowedValues(column) ?? []).join(', ') });
    case 'follow_up_without_yes':
      return t(error.reason, { line, value, state: value ? 'given' : 'empty' });
    default:
      return t(error.reason, { line, column, value });
  }
}

/** Every error's sentence, and a last one counting those left out. */
export function describeImportFailure(failure: ImportFailure, locale: StaffLocale): string[] {
  const sentences = failure.errors.map((error) => describeImportError(error, locale));
  if (failure.omitted > 0) sentences.push(translators[locale]('omitted', { count: failure.omitted }));
  return sentences;
}
