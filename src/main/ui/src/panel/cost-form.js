// Add or correct a manual direct cost (POST/PUT tickets/{key}/costs). Problems the API reports
// are shown next to their fields; nothing is kept on error.
import { Decimal } from '../common/api.js';
import { h } from '../common/dom.js';
import { button, clearFieldErrors, field, inputOf, readDecimal, showFieldErrors, statusLine } from '../common/forms.js';
import { t } from '../common/i18n.js';

const CATEGORIES = ['COMPENSATION', 'MATERIAL', 'OUTSOURCING', 'OTHER'];

/** The form; its element has bpEdit(line) to correct an existing manual line. */
export function costForm({ key, api, currency, onSaved }) {
  let editing = null;
  const category = field({ label: t('cost.category'), path: 'category', type: 'select', required: true,
    options: CATEGORIES.map((c) => ({ value: c, label: t('category.' + c) })) });
  const amount = field({ label: t('cost.amount', currency), path: 'amount', type: 'number', help: t('cost.amount.help') });
  const minutes = field({ label: t('cost.minutes'), path: 'minutes', type: 'number' });
  const price = field({ label: t('cost.price.per.minute', currency), path: 'pricePerMinute', type: 'number' });
  const occurred = field({ label: t('cost.occurred'), path: 'occurredAt', type: 'datetime-local', help: t('cost.occurred.help') });
  const note = field({ label: t('cost.note'), path: 'note', type: 'textarea', required: true, attrs: { maxlength: 1000 } });
  const outsourcing = h('fieldset', { class: 'group bp-outsourcing' }, h('legend', {}, h('span', {}, t('cost.outsourcing'))), minutes, price);
  const status = statusLine();
  const title = h('h4', { id: `bp-cost-form-title-${key}` }, t('cost.add.title'));
  const submit = button(t('cost.add'), null, { primary: true, type: 'submit' });
  const cancel = button(t('cost.cancel'), () => reset(), { attrs: { hidden: true } });

  const syncOutsourcing = () => {
    const isOutsourcing = inputOf(category).value === 'OUTSOURCING';
    outsourcing.hidden = !isOutsourcing;
  };
  inputOf(category).addEventListener('change', syncOutsourcing);

  const form = h('form', { class: 'aui bp-cost-form', 'aria-labelledby': title.id, novalidate: true, 'data-testid': 'cost-form' },
    title, h('div', { class: 'bp-error-summary' }),
    category, amount, outsourcing, occurred, note,
    h('div', { class: 'buttons-container' }, h('div', { class: 'buttons' }, submit, ' ', cancel)),
    status);

  function reset() {
    editing = null;
    form.reset();
    for (const g of [amount, minutes, price, occurred, note]) inputOf(g).value = '';
    inputOf(category).value = CATEGORIES[0];
    title.textContent = t('cost.add.title');
    submit.textContent = t('cost.add');
    cancel.hidden = true;
    clearFieldErrors(form);
    syncOutsourcing();
  }

  form.bpEdit = (line) => {
    editing = line;
    const details = form.closest('details');
    if (details) details.open = true;
    inputOf(category).value = line.category;
    const byMinutes = line.category === 'OUTSOURCING' && line.unit === 'minute';
    inputOf(amount).value = byMinutes ? '' : String(line.amount.amount);
    inputOf(minutes).value = byMinutes ? String(line.quantity) : '';
    inputOf(price).value = byMinutes && line.quantity ? String(Number(line.amount.amount) / Number(line.quantity)) : '';
    inputOf(occurred).value = line.occurredAt ? toLocalInput(line.occurredAt) : '';
    inputOf(note).value = line.note || '';
    title.textContent = t('cost.edit.title');
    submit.textContent = t('cost.save');
    cancel.hidden = false;
    syncOutsourcing();
    inputOf(category).focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const local = [];
    const body = { category: inputOf(category).value, note: inputOf(note).value };
    for (const [name, group] of [['amount', amount], ['minutes', minutes], ['pricePerMinute', price]]) {
      if (name !== 'amount' && body.category !== 'OUTSOURCING') continue;
      const read = readDecimal(inputOf(group).value);
      if (read.error) local.push({ field: name, reason: read.error });
      else if (read.value !== null) body[name] = new Decimal(read.value);
    }
    const when = inputOf(occurred).value;
    if (when) {
      const d = new Date(when);
      if (Number.isNaN(d.getTime())) local.push({ field: 'occurredAt', reason: t('form.not.a.date') });
      else body.occurredAt = d.toISOString();
    }
    if (local.length) { showFieldErrors(form, local); status.say(t('form.not.saved'), 'error'); return; }
    submit.setAttribute('aria-disabled', 'true');
    status.say(t('form.saving'));
    try {
      const path = `tickets/${encodeURIComponent(key)}/costs`;
      if (editing) await api.put(`${path}/${encodeURIComponent(editing.id)}`, body);
      else await api.post(path, body);
      status.say(t('form.saved'), 'success');
      reset();
      await onSaved();
    } catch (e) {
      if (e.errors.length) showFieldErrors(form, e.errors);
      status.say(e.status === 403 ? t('cost.forbidden') : `${t('form.not.saved')} ${e.message}`, 'error');
    } finally {
      submit.removeAttribute('aria-disabled');
    }
  });
  syncOutsourcing();
  return h('details', { class: 'bp-cost' }, h('summary', {}, t('cost.add.summary')), form);
}

function toLocalInput(iso) {
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
