// The admin pages, one per settings section of SPEC §6.
import { client, restBase } from '../common/api.js';
import { h, replace } from '../common/dom.js';
import { t } from '../common/i18n.js';
import { showError } from '../common/state.js';
import { dryRunBlock } from './dry-run.js';
import { importExportSection } from './import-export.js';
import { recalculationSection } from './jobs.js';
import { ratesSection } from './rates.js';
import * as specs from './sections.js';
import { settingsSection } from './settings-form.js';

const settings = (specsOf, extra) => (el, body, api) => settingsSection(el, body, api, { specs: specsOf, intro: null, extra });

/** Every section by its data-section name, in menu order. */
export const SECTIONS = {
  rates: ratesSection,
  channels: settings(specs.channels),
  overhead: settings(specs.overhead),
  fcr: settings(specs.fcr),
  tiers: settings(specs.tiers),
  routing: settings(specs.routing, dryRunBlock),
  roi: settings(specs.roi),
  budgets: settings(specs.budgets),
  visibility: settings(specs.visibility),
  recalculation: recalculationSection,
  'import-export': importExportSection,
};

/** Renders the section named by data-section into el. */
export async function renderAdmin(el) {
  const name = el.getAttribute('data-section');
  const section = SECTIONS[name];
  if (!section) {
    showError(el, { message: t('admin.unknown.section', name) });
    return;
  }
  const body = h('div', { class: 'bp-admin-body' });
  replace(el, h('section', { class: 'bp-admin', 'aria-labelledby': `bp-admin-${name}` },
    h('h2', { id: `bp-admin-${name}` }, t(`admin.section.${name}`)),
    h('p', { class: 'description' }, t(`admin.section.${name}.help`)),
    body));
  await section(el, body, client(restBase(el)));
}
