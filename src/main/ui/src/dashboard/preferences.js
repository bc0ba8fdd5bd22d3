// A dashboard item's preferences as the dashboard host stores them. Jira keeps an item's user
// preferences as string values, so the item's configuration travels as one JSON string under
// "config", next to the format's version: a later format can still read what an older one saved.
export const PREFERENCES_VERSION = '1';
/** Jira's limit on one preference value is generous, but a configuration is a few hundred characters. */
export const MAX_CONFIG_LENGTH = 8192;

/** The preferences that store `config`. */
export function encodePreferences(config) {
  const text = JSON.stringify(config ?? {});
  if (text.length > MAX_CONFIG_LENGTH) throw new Error(`configuration too long: ${text.length} characters`);
  return { config: text, version: PREFERENCES_VERSION };
}

/**
 * The configuration stored in `preferences`: {config} when there is one, {config: null} when the
 * item was never configured, and {config: null, problem} when what is stored cannot be read (then
 * the item asks to be configured again rather than failing).
 */
export function decodePreferences(preferences) {
  const stored = preferences?.config;
  if (stored === undefined || stored === null || stored === '') return { config: null };
  if (typeof stored !== 'string') return { config: null, problem: 'the stored configuration is not text' };
  let config;
  try {
    config = JSON.parse(stored);
  } catch {
    return { config: null, problem: 'the stored configuration is not JSON' };
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    return { config: null, problem: 'the stored configuration is not an object' };
  }
  return { config };
}
