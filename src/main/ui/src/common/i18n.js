// One t(key) for every UI text. Keys are written without the "balance-point.ui." prefix that
// they carry in src/main/resources/i18n/balance-point.properties.
import bundled from 'bp-messages';
import { formatMessage } from './message-format.js';

const PREFIX = 'balance-point.ui.';

/**
 * The text of a key, with {0}, {1}, … replaced by the arguments (Java MessageFormat style; ''
 * is one quote). Jira's translations win when the page has them: a web-resource can hand them
 * to AJS.I18n.keys (Jira's jsI18n data); otherwise the English texts bundled at build time.
 */
export function t(key, ...args) {
  const full = PREFIX + key;
  const fromJira = globalThis.AJS?.I18n?.keys?.[full];
  const pattern = typeof fromJira === 'string' ? fromJira : bundled[full];
  if (pattern === undefined) return full;
  return formatMessage(pattern, args);
}

/** Whether the bundled texts have the key (for optional texts such as enum value names). */
export function hasText(key) {
  return bundled[PREFIX + key] !== undefined || globalThis.AJS?.I18n?.keys?.[PREFIX + key] !== undefined;
}

/** The text of an enum-like value (`fcr.status.PROVISIONAL`), or the value itself when untranslated. */
export function tValue(prefix, value) {
  if (value === null || value === undefined) return '';
  return hasText(prefix + '.' + value) ? t(prefix + '.' + value) : String(value);
}
