import { argumentError } from './args.js';

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
