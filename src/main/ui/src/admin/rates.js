// Rates: effective-dated hourly rates through /rates (each change a settings revision), the
// loaded-rate calculator, and the base currency and agent tiers through the settings document.
import { Decimal } from '../common/api.js';
import { h, replace } from '../common/dom.js';
import { dateTime, money, number } from '../common/format.js';
import { button, clearFieldErrors, field, inputOf, lozenge, readDecimal, showFieldErrors, statusLine } from '../common/forms.js';
import { t, tValue } from '../common/i18n.js';
import { errorMessage, showError, showLoading, markReady } from '../common/state.js';
import { settingsSection } from './settings-form.js';
import { general } from './sections.js';

const KINDS = ['DEFAULT', 'USER', 'ROLE', 'AGENT_TIER'];

/** The rates page: entries, add, end, calculator, then currency and agent tiers. */
export async function ratesSection(el, body, api) {
  const entries = h('div', { class: 'bp-rates' });
  const settingsBox = h('div', { class: 'bp-rates-settings' });
  replace(body, entries, calculator(api), h('h3', {}, t('admin.rates.general')), settingsBox);
  await renderEntries(el, entries, api, () => settingsSection(el, settingsBox, api, { specs: general }));
  await settingsSection(el, settingsBox, api, { specs: general });
}

async function renderEntries(el, box, api, onChange) {
  showLoading(el, box);
  let rates;
  let etag;
  try {
    const answer = await api.get('rates');
    rates = answer.data;
    etag = answer.etag || `"${rates.revision}"`;
  } catch (e) {
    showError(el, e, box);
    return;
  }
  const reload = async () => { await renderEntries(el, box, api, onChange); await onChange(); };
  const status = statusLine();
  const rows = rates.entries.map(({ index, entry }) => h('tr', { 'data-index': String(index) },
    h('th', { scope: 'row' }, tValue('rate.kind', entry.kind)),
    h('td', {}, entry.key || ''),
    h('td', { class: 'bp-num' }, money({ amount: entry.hourlyRate, currency: rates.currency })),
    h('td', {}, dateTime(entry.from)),
    h('td', {}, entry.until ? dateTime(entry.until) : lozenge(t('admin.rates.open'), 'success')),
    h('td', {}, entry.note || ''),
    h('td', {}, entry.until ? null : endForm(api, index, rates.revision, etag, status, reload))));
  replace(box,
    h('table', { class: 'aui', 'data-testid': 'rates-table' },
      h('caption', {}, t('admin.rates.entries', rates.currency)),
      h('thead', {}, h('tr', {}, [t('admin.rates.kind'), t('admin.rates.key'), t('admin.rates.hourly'), t('admin.from'), t('admin.until'),
        t('admin.note'), t('panel.actions')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows)),
    status,
    addForm(api, rates, etag, reload));
  markReady(el);
}

function endForm(api, index, revision, etag, status, reload) {
  const until = field({ label: t('admin.rates.end.on'), path: 'until', type: 'date' });
  const form = h('form', { class: 'aui bp-inline-form', novalidate: true, 'data-testid': `end-rate-${index}` },
    until, button(t('admin.rates.end'), null, { type: 'submit' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    try {
      await api.post(`rates/${index}/end`, { revision, until: inputOf(until).value || null }, { headers: { 'If-Match': etag } });
      status.say(t('admin.rates.ended'), 'success');
      await reload();
    } catch (e) {
      if (e.errors.length) showFieldErrors(form, e.errors);
      status.say(e.status === 409 ? t('admin.conflict') : `${t('admin.not.saved')} ${e.message}`, 'error');
    }
  });
  return form;
}

function addForm(api, rates, etag, reload) {
  const kind = field({ label: t('admin.rates.kind'), path: 'entry.kind', type: 'select', options: KINDS.map((k) => ({ value: k, label: tValue('rate.kind', k) })) });
  const key = field({ label: t('admin.rates.key'), path: 'entry.key', help: t('admin.rates.key.help') });
  const rate = field({ label: t('admin.rates.hourly.in', rates.currency), path: 'entry.hourlyRate', type: 'number', required: true });
  const from = field({ label: t('admin.from'), path: 'entry.from', type: 'date', required: true });
  const until = field({ label: t('admin.until'), path: 'entry.until', type: 'date' });
  const note = field({ label: t('admin.note'), path: 'entry.note' });
  const comment = field({ label: t('admin.comment'), path: 'comment', attrs: { maxlength: 450 } });
  const status = statusLine();
  const form = h('form', { class: 'aui bp-add-rate', novalidate: true, 'data-testid': 'add-rate' },
    h('h4', {}, t('admin.rates.add')), h('div', { class: 'bp-error-summary' }),
    kind, key, rate, from, until, note, comment,
    h('div', { class: 'buttons-container' }, h('div', { class: 'buttons' }, button(t('admin.rates.add.button'), null, { primary: true, type: 'submit', attrs: { 'data-action': 'add-rate' } }))),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const hourly = readDecimal(inputOf(rate).value, { required: true });
    if (hourly.error) { showFieldErrors(form, [{ field: 'entry.hourlyRate', reason: hourly.error }]); status.say(t('form.not.saved'), 'error'); return; }
    const entry = {
      kind: inputOf(kind).value,
      key: inputOf(key).value.trim() || null,
      hourlyRate: new Decimal(hourly.value),
      from: inputOf(from).value || null,
      until: inputOf(until).value || null,
      note: inputOf(note).value.trim() || null,
    };
    try {
      await api.post('rates', { revision: rates.revision, comment: inputOf(comment).value.trim() || null, entry }, { headers: { 'If-Match': etag } });
      status.say(t('admin.rates.added'), 'success');
      await reload();
    } catch (e) {
      if (e.errors.length) showFieldErrors(form, e.errors);
      status.say(e.status === 409 ? t('admin.conflict') : t('admin.not.saved.problems', e.errors.length, e.errors.length), 'error');
      form.closest('[data-bp-view]')?.setAttribute('data-save', 'error');
    }
  });
  return form;
}

/** The loaded-rate calculator: (salary + benefits + overhead) ÷ (paid hours × (1 − shrinkage)). */
function calculator(api) {
  const inputs = [
    ['annualSalary', t('admin.calc.salary')], ['benefits', t('admin.calc.benefits')], ['allocatedOverhead', t('admin.calc.overhead')],
    ['paidHours', t('admin.calc.paid.hours')], ['shrinkagePercent', t('admin.calc.shrinkage')],
  ].map(([path, label]) => [path, field({ label, path, type: 'number', required: true })]);
  const result = h('div', { class: 'bp-calc-result', 'aria-live': 'polite', 'data-testid': 'calculator-result' });
  const form = h('form', { class: 'aui bp-calculator', novalidate: true, 'data-testid': 'calculator' },
    h('h3', {}, t('admin.calc.title')), h('p', { class: 'description' }, t('admin.calc.formula')),
    h('div', { class: 'bp-error-summary' }),
    inputs.map(([, g]) => g),
    h('div', { class: 'buttons-container' }, h('div', { class: 'buttons' }, button(t('admin.calc.compute'), null, { type: 'submit' }))),
    result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    result.replaceChildren();
    const body = {};
    const problems = [];
    for (const [path, g] of inputs) {
      const r = readDecimal(inputOf(g).value, { required: true });
      if (r.error) problems.push({ field: path, reason: r.error });
      else body[path] = new Decimal(r.value);
    }
    if (problems.length) { showFieldErrors(form, problems); return; }
    try {
      const { data } = await api.post('rates/loaded-rate-calculator', body);
      result.replaceChildren(h('p', {}, t('admin.calc.result', number(data.hourlyRate, 2), number(data.annualCost, 2), number(data.productiveHours, 2))));
    } catch (e) {
      if (e.errors.length) showFieldErrors(form, e.errors);
      else result.replaceChildren(errorMessage(e, t('error.title.action')));
    }
  });
  return form;
}
