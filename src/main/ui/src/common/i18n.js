// One t(key) for every UI text. Keys are written without the "balance-point.ui." prefix that
// they carry in src/main/resources/i18n/balance-point.properties.
import bundled from 'bp-messages';
import { formatMessage } from './message-format.js';

const PREFIX = 'balance-point.ui.';

/** The plugin key; a web-resource's data is claimed as `<plugin key>:<web-resource key>.<data key>`. */
export const PLUGIN_KEY = 'io.balancepoint.balance-point';
/** The data key of the texts in the viewer's language (the Jira build's UiTextsDataProvider). */
export const TEXTS_DATA_KEY = 'ui-texts';

let fromJira = null;

/**
 * Takes the viewer's texts that Jira put on the page for this bundle's web-resource
 * (WRM.data.claim, which hands data out once). Without WRM (the workbench) nothing changes.
 */
export function useJiraTexts(webResourceKey) {
  const claimed = globalThis.WRM?.data?.claim?.(`${PLUGIN_KEY}:${webResourceKey}.${TEXTS_DATA_KEY}`);
  if (claimed && typeof claimed === 'object' && !Array.isArray(claimed)) fromJira = claimed;
}

/**
 * The text of a key, with {0}, {1}, … replaced by the arguments (Java MessageFormat style; ''
 * is one quote): the viewer's language when Jira provided it, else the English text bundled at
 * build time.
 */
export function t(key, ...args) {
  const full = PREFIX + key;
  const jira = fromJira?.[full];
  const pattern = typeof jira === 'string' ? jira : bundled[full];
  if (pattern === undefined) return full;
  return formatMessage(pattern, args);
}

/** Whether the bundled texts have the key (for optional texts such as enum value names). */
export function hasText(key) {
  return bundled[PREFIX + key] !== undefined || typeof fromJira?.[PREFIX + key] === 'string';
}

/** The text of an enum-like value (`fcr.status.PROVISIONAL`), or the value itself when untranslated. */
export function tValue(prefix, value) {
  if (value === null || value === undefined) return '';
  return hasText(prefix + '.' + value) ? t(prefix + '.' + value) : String(value);
}
