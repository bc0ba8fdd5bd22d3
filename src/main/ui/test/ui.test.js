// Unit tests of the UI's pure parts (node --test, run by Maven in the test phase).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProperties } from '../src/common/properties.js';
import { formatMessage } from '../src/common/message-format.js';
import { Decimal, toJson } from '../src/common/api.js';
import { normalisePath, parentPath, readDecimal, readInteger, readList } from '../src/common/forms.js';

const here = dirname(fileURLToPath(import.meta.url));
const properties = parseProperties(readFileSync(join(here, '../../resources/i18n/balance-point.properties'), 'utf8'));

test('properties: separators, escapes, continuations and comments', () => {
  const parsed = parseProperties('# c\n! c\na=1\nb : two words\nc three\nd=caf\\u00e9 \\\n   continued\ne\\=x=y\n  f = ');
  assert.deepEqual(parsed, { a: '1', b: 'two words', c: 'three', d: 'café continued', 'e=x': 'y', f: '' });
});

test('message format: arguments and quotes as in Java', () => {
  assert.equal(formatMessage('{0} of {1}', [3, 7]), '3 of 7');
  assert.equal(formatMessage("it''s {0}", ['ok']), "it's ok");
  assert.equal(formatMessage("'{0}' is literal", ['x']), '{0} is literal');
  assert.equal(formatMessage('missing {1}', ['a']), 'missing ');
});

test('decimals keep their text (scale) in request bodies', () => {
  assert.equal(toJson({ a: new Decimal('42.00'), b: [new Decimal('-1e3')], c: 'x' }), '{"a":42.00,"b":[-1e3],"c":"x"}');
});

test('field paths: API paths map to data-path values and their parents', () => {
  assert.equal(normalisePath('document.rates.entries[2].hourlyRate', 'document.'), 'rates.entries[2].hourlyRate');
  assert.equal(normalisePath('$'), '');
  assert.equal(parentPath('rates.entries[2].hourlyRate'), 'rates.entries[2]');
  assert.equal(parentPath('rates.entries[2]'), 'rates.entries');
  assert.equal(parentPath('rates'), '');
});

test('inputs are read strictly: decimals as text, whole numbers, lists', () => {
  assert.deepEqual(readDecimal(' 12.50 '), { value: '12.50' });
  assert.deepEqual(readDecimal(''), { value: null });
  assert.ok(readDecimal('', { required: true }).error);
  assert.ok(readDecimal('12,5').error);
  assert.ok(readDecimal('abc').error);
  assert.deepEqual(readInteger('7'), { value: 7 });
  assert.ok(readInteger('7.5').error);
  assert.deepEqual(readList(' a, b ,, c '), ['a', 'b', 'c']);
});

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.js') ? [path] : [];
  });
}

test('every literal text key the UI uses is in the properties bundle', () => {
  const missing = new Set();
  for (const file of sources(join(here, '../src'))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bt\(\s*'([a-zA-Z0-9.-]+)'/g)) {
      if (!m[1].endsWith('.') && properties['balance-point.ui.' + m[1]] === undefined) missing.add(`${m[1]} (${file})`);
    }
    for (const m of code.matchAll(/\?\s*'((?:item|admin|panel)\.[a-zA-Z0-9.-]+)'\s*:\s*'([a-zA-Z0-9.-]+)'/g)) {
      for (const key of [m[1], m[2]]) if (properties['balance-point.ui.' + key] === undefined) missing.add(key);
    }
  }
  assert.deepEqual([...missing], []);
});

test('every dashboard item and admin section has its title, help and empty texts', () => {
  for (const item of ['roi', 'fcr', 'cost-per-resolution', 'cost-breakdown', 'budget', 'anomalies', 'balance-point']) {
    for (const suffix of ['title', 'empty']) assert.ok(properties[`balance-point.ui.item.${item}.${suffix}`], `${item}.${suffix}`);
  }
  for (const section of ['rates', 'channels', 'overhead', 'fcr', 'tiers', 'routing', 'roi', 'budgets', 'visibility', 'recalculation', 'import-export']) {
    for (const suffix of ['', '.help']) assert.ok(properties[`balance-point.ui.admin.section.${section}${suffix}`], section + suffix);
  }
});

test('dashboard item preferences: one JSON text under "config", versioned; unreadable ones ask for a new configuration', async () => {
  const { encodePreferences, decodePreferences, MAX_CONFIG_LENGTH } = await import('../src/dashboard/preferences.js');
  const config = { project: 'SUP', period: 'custom', from: '2026-01-01', filters: { channel: ['email'] } };
  const saved = encodePreferences(config);
  assert.deepEqual(Object.keys(saved).sort(), ['config', 'version']);
  assert.equal(typeof saved.config, 'string', 'Jira keeps preference values as text');
  assert.deepEqual(decodePreferences(saved), { config });
  assert.deepEqual(decodePreferences({}), { config: null });
  assert.deepEqual(decodePreferences(undefined), { config: null });
  assert.equal(decodePreferences({ config: '{not json' }).config, null);
  assert.match(decodePreferences({ config: '{not json' }).problem, /not JSON/);
  assert.match(decodePreferences({ config: '[1]' }).problem, /not an object/);
  assert.match(decodePreferences({ config: 42 }).problem, /not text/);
  assert.throws(() => encodePreferences({ project: 'x'.repeat(MAX_CONFIG_LENGTH) }), /too long/);
});

test('texts: the viewer\'s language from Jira\'s web-resource data, the bundled English for what it lacks or without WRM', async () => {
  const claimed = [];
  globalThis.WRM = { data: { claim: (key) => {
    claimed.push(key);
    return key === 'io.balancepoint.balance-point:panel-resources.ui-texts'
      ? { 'balance-point.ui.panel.total': 'Gesamt {0}', 'balance-point.ui.config.save': 42 } : undefined;
  } } };
  try {
    const i18n = await import(`../src/common/i18n.js?jira=${Date.now()}`);
    assert.equal(i18n.t('config.save'), properties['balance-point.ui.config.save'], 'before the claim: English');
    i18n.useJiraTexts('panel-resources');
    assert.deepEqual(claimed, ['io.balancepoint.balance-point:panel-resources.ui-texts']);
    assert.equal(i18n.t('panel.total', 'EUR'), 'Gesamt EUR');
    assert.equal(i18n.t('config.save'), properties['balance-point.ui.config.save'], 'a value that is not text is ignored');
    assert.equal(i18n.t('config.cancel'), properties['balance-point.ui.config.cancel'], 'missing in the translation: English');
    i18n.useJiraTexts('admin-resources'); // nothing there: keeps what it has
    assert.equal(i18n.t('panel.total', 'EUR'), 'Gesamt EUR');
  } finally {
    delete globalThis.WRM;
  }
  const plain = await import(`../src/common/i18n.js?plain=${Date.now()}`);
  plain.useJiraTexts('panel-resources'); // no WRM (the workbench): nothing happens
  assert.equal(plain.t('config.save'), properties['balance-point.ui.config.save']);
});
