// A dashboard item's configuration: project, period, granularity, filters and the item's own
// options. The form hands a new one to its caller; the host stores it (module.js, preferences.js).
import { h } from '../common/dom.js';
import { isoMonthsBack } from '../common/format.js';
import { button, field, inputOf, readList } from '../common/forms.js';
import { t } from '../common/i18n.js';

export const PERIODS = ['last-3-months', 'last-6-months', 'last-12-months', 'this-year', 'custom'];
export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year', 'fiscal-week', 'fiscal-month', 'fiscal-quarter', 'fiscal-year'];
export const FILTERS = ['channel', 'requestType', 'customerTier', 'supportTier', 'agent'];

/** A saved configuration with the item's defaults (and the general ones) under it. */
export function withDefaults(saved, defaults) {
  return { period: 'last-6-months', granularity: 'month', filters: {}, ...defaults, ...(saved || {}) };
}

/** The query range [from, until) of a config. */
export function rangeOf(config) {
  const now = new Date();
  const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  switch (config.period) {
    case 'last-3-months': return { from: isoMonthsBack(2), until: nextMonth };
    case 'last-12-months': return { from: isoMonthsBack(11), until: nextMonth };
    case 'this-year': return { from: `${now.getUTCFullYear()}-01-01`, until: `${now.getUTCFullYear() + 1}-01-01` };
    case 'custom': return { from: config.from, until: config.until };
    default: return { from: isoMonthsBack(5), until: nextMonth };
  }
}

/** The filter query parameters (each value repeated). */
export function filterQuery(config) {
  const query = {};
  for (const name of FILTERS) {
    const values = config.filters?.[name];
    if (values?.length) query[name] = values;
  }
  return query;
}

/** The projects the host offers (data-projects on the item or the page, or BalancePoint.projects). */
function projectsOf(el) {
  const attr = el.closest('[data-projects]')?.getAttribute('data-projects');
  try {
    if (attr) return JSON.parse(attr);
  } catch { /* a wrong attribute only loses the suggestions */ }
  return globalThis.BalancePoint?.projects || [];
}

/**
 * The configuration form. `options` lists which parts the item uses and its own fields:
 * {period, granularity, filters, extra: [field specs with path = config key]}.
 */
export function configForm(el, item, config, options, onSave, onCancel) {
  const projects = projectsOf(el);
  const listId = `bp-projects-${Math.random().toString(36).slice(2)}`;
  const parts = [];
  const project = field({ label: t('config.project'), path: 'project', value: config.project || '', required: true,
    attrs: { list: projects.length ? listId : null, autocomplete: 'off' } });
  parts.push(project);
  if (projects.length) parts.push(h('datalist', { id: listId }, projects.map((p) => h('option', { value: p.key }, p.name))));
  let period, from, until, granularity;
  if (options.period) {
    period = field({ label: t('config.period'), path: 'period', type: 'select', value: config.period,
      options: PERIODS.map((p) => ({ value: p, label: t('config.period.' + p) })) });
    from = field({ label: t('config.from'), path: 'from', type: 'date', value: config.from || '' });
    until = field({ label: t('config.until'), path: 'until', type: 'date', value: config.until || '', help: t('config.until.help') });
    const custom = h('div', { class: 'bp-custom-range' }, from, until);
    const sync = () => { custom.hidden = inputOf(period).value !== 'custom'; };
    inputOf(period).addEventListener('change', sync);
    sync();
    parts.push(period, custom);
  }
  if (options.granularity) {
    granularity = field({ label: t('config.granularity'), path: 'granularity', type: 'select', value: config.granularity,
      options: GRANULARITIES.map((g) => ({ value: g, label: t('config.granularity.' + g) })) });
    parts.push(granularity);
  }
  const extras = (options.extra || []).map((spec) => [spec, field({ ...spec, value: config[spec.path] ?? spec.value })]);
  parts.push(...extras.map(([, g]) => g));
  const filterFields = options.filters ? FILTERS.map((name) => [name, field({ label: t('config.filter.' + name), path: 'filters.' + name,
    value: (config.filters?.[name] || []).join(', '), help: t('config.filter.help') })]) : [];
  if (filterFields.length) {
    parts.push(h('fieldset', { class: 'group' }, h('legend', {}, h('span', {}, t('config.filters'))), filterFields.map(([, g]) => g)));
  }
  const form = h('form', { class: 'aui bp-config', 'data-testid': 'config', novalidate: true },
    h('h4', {}, t('config.title')), parts,
    h('div', { class: 'buttons-container' }, h('div', { class: 'buttons' },
      button(t('config.save'), null, { primary: true, type: 'submit' }), ' ',
      onCancel ? button(t('config.cancel'), onCancel) : null)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = { ...config, project: inputOf(project).value.trim() };
    if (period) {
      next.period = inputOf(period).value;
      next.from = inputOf(from).value || undefined;
      next.until = inputOf(until).value || undefined;
    }
    if (granularity) next.granularity = inputOf(granularity).value;
    for (const [spec, g] of extras) next[spec.path] = spec.type === 'checkbox' ? inputOf(g).checked : inputOf(g).value;
    if (options.filters) {
      next.filters = {};
      for (const [name, g] of filterFields) {
        const values = readList(inputOf(g).value);
        if (values.length) next.filters[name] = values;
      }
    }
    onSave(next);
  });
  return form;
}
