import * as z from 'zod/mini';
import { ARGUMENT_LIMITS } from '../data/input-limits.js';
import { argumentError } from './args.js';

/**
 * The shape of a `locale` option: a language tag of 1 to `ARGUMENT_LIMITS.maxLocaleLength`
 * characters; {@link checkLocale} then asks Intl whether it is supported.
 * @internal
 */
export const LocaleTagSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(ARGUMENT_LIMITS.maxLocaleLength));

/**
 * Throws {@link InvalidInputError} naming `options` when `locale` is not a language tag that
 * `Intl.NumberFormat` supports in this runtime; returns it otherwise.
 * @internal
 */
export function checkLocale(locale: string): string {
  let supported: string[];
  try {
    supported = Intl.NumberFormat.supportedLocalesOf(locale);
  } catch {
    supported = [];
  }
  if (supported.length === 0) {
    throw argumentError(
      'options',
      'invalid_value',
      `locale: ${JSON.stringify(locale)} is not a language tag this runtime's Intl supports`,
    );
  }
  return locale;
}
