// Labelled AUI form fields and field-level API errors. Every input sits in a .field-group with
// data-path = the API field path it edits (e.g. "channels.channels[1].displayName"), so an API
// problem {field, reason} is shown next to the input it is about.
import { h, uid } from './dom.js';
import { t } from './i18n.js';

/**
 * A labelled field: field({label, path, type, value, options, help, required, attrs}).
 * type: text | number | date | month | time | datetime-local | textarea | select | checkbox.
 * options (select): [{value, label}] or strings. Returns the .field-group; its control is .bpInput.
 */
export function field({ label, path, type = 'text', value, options, help, required, attrs = {}, name }) {
  const id = uid('bp-field');
  let input;
  if (type === 'select') {
    input = h('select', { class: 'select', id, name: name || path, ...attrs },
      (options || []).map((o) => {
        const opt = typeof o === 'string' ? { value: o, label: o } : o;
        return h('option', { value: opt.value ?? '', selected: String(opt.value ?? '') === String(value ?? '') }, opt.label);
      }));
  } else if (type === 'textarea') {
    input = h('textarea', { class: 'textarea', id, name: name || path, rows: 3, ...attrs });
    input.value = value ?? '';
  } else if (type === 'checkbox') {
    input = h('input', { class: 'checkbox', type: 'checkbox', id, name: name || path, checked: !!value, ...attrs });
    return h('div', { class: 'checkbox bp-field', 'data-path': path },
      input, h('span', { class: 'aui-form-glyph', 'aria-hidden': 'true' }), h('label', { for: id }, label), help ? h('div', { class: 'description' }, help) : null);
  } else {
    input = h('input', {
      class: type === 'number' ? 'text medium-field' : 'text', type: type === 'number' ? 'text' : type,
      inputmode: type === 'number' ? 'decimal' : null, id, name: name || path, ...attrs,
    });
    input.value = value ?? '';
  }
  if (required) input.setAttribute('aria-required', 'true');
  const group = h('div', { class: 'field-group bp-field', 'data-path': path },
    h('label', { for: id }, label, required ? h('span', { class: 'aui-icon icon-required' }, t('form.required')) : null),
    input,
    help ? h('div', { class: 'description', id: id + '-help' }, help) : null);
  if (help) input.setAttribute('aria-describedby', id + '-help');
  group.bpInput = input;
  return group;
}

/** The control inside a field group. */
export function inputOf(group) {
  return group.bpInput || group.querySelector('input, select, textarea');
}

/** Removes every field error shown under container. */
export function clearFieldErrors(container) {
  for (const e of container.querySelectorAll('.bp-field-error')) e.remove();
  for (const e of container.querySelectorAll('[aria-invalid="true"]')) e.removeAttribute('aria-invalid');
  const summary = container.querySelector(':scope .bp-error-summary');
  if (summary) summary.replaceChildren();
}

/** Strips leading "document." and "$" so API paths match data-path values. */
export function normalisePath(path, prefix = '') {
  let p = String(path || '');
  if (prefix && p.startsWith(prefix)) p = p.slice(prefix.length);
  if (p === '$') return '';
  return p.replace(/^\$\.?/, '');
}

/** The parent of a path: "a.b[2].c" → "a.b[2]" → "a.b" → "a" → "". */
export function parentPath(path) {
  const m = /^(.*)(\[\d+\]|\.[^.[\]]+)$/.exec(path);
  return m ? m[1] : '';
}

/**
 * Shows each problem under the field group whose data-path is its field, or under the closest
 * group of a parent path; what fits nowhere goes to the container's .bp-error-summary (a list
 * at the top of the form). Returns how many problems were placed next to a field.
 */
export function showFieldErrors(container, problems, { prefix = '' } = {}) {
  clearFieldErrors(container);
  let placed = 0;
  const rest = [];
  for (const problem of problems) {
    const path = normalisePath(problem.field, prefix);
    let group = null;
    for (let p = path; p; p = parentPath(p)) {
      group = container.querySelector(`[data-path="${cssEscape(p)}"]`);
      if (group) break;
    }
    if (!group) { rest.push(problem); continue; }
    placed++;
    const id = uid('bp-error');
    const exact = normalisePath(problem.field, prefix) === group.getAttribute('data-path');
    const message = h('div', { class: 'error bp-field-error', id, 'data-field': problem.field },
      exact ? problem.reason : `${labelFor(path)}: ${problem.reason}`);
    const control = group.matches('input, select, textarea') ? group : inputOf(group);
    if (group.tagName === 'TR') group.lastElementChild.appendChild(message);
    else if (group.matches('input, select, textarea')) group.insertAdjacentElement('afterend', message);
    else group.appendChild(message);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      const described = control.getAttribute('aria-describedby');
      control.setAttribute('aria-describedby', described ? `${described} ${id}` : id);
    }
  }
  const summary = container.querySelector('.bp-error-summary');
  if (summary && rest.length) {
    summary.replaceChildren(h('div', { class: 'aui-message aui-message-error', role: 'alert' },
      h('p', {}, t('form.problems')),
      h('ul', {}, rest.map((p) => h('li', { 'data-field': p.field }, p.field && p.field !== '$' ? `${p.field}: ${p.reason}` : p.reason)))));
  }
  const first = container.querySelector('[aria-invalid="true"]');
  if (first) first.focus();
  return placed;
}

function labelFor(path) {
  return path.split('.').pop();
}

function cssEscape(s) {
  return globalThis.CSS?.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
}

/** An aria-live status line for a form ("Saved.", "Saving…"). */
export function statusLine() {
  const el = h('p', { class: 'bp-status', role: 'status', 'aria-live': 'polite' });
  el.say = (text, kind = 'info') => {
    el.textContent = text;
    el.setAttribute('data-kind', kind);
  };
  return el;
}

/**
 * Reads a decimal input: '' → null; a number → the Decimal-free JS number text check.
 * Returns {value} or {error}.
 */
export function readDecimal(text, { required = false } = {}) {
  const s = String(text ?? '').trim().replace(/\s/g, '');
  if (s === '') return required ? { error: t('form.required.value') } : { value: null };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return { error: t('form.not.a.number') };
  return { value: s };
}

/** Reads a whole number input. */
export function readInteger(text, { required = false } = {}) {
  const s = String(text ?? '').trim();
  if (s === '') return required ? { error: t('form.required.value') } : { value: null };
  if (!/^[-+]?\d+$/.test(s)) return { error: t('form.not.a.whole.number') };
  return { value: Number(s) };
}

/** A comma-separated list input: "a, b" → ["a", "b"]. */
export function readList(text) {
  return String(text ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** A button (AUI classes). */
export function button(label, onclick, { primary = false, type = 'button', attrs = {} } = {}) {
  return h('button', { type, class: primary ? 'aui-button aui-button-primary' : 'aui-button', onclick, ...attrs }, label);
}

/** An AUI lozenge. kind: success | error | current | complete | moved | (default). */
export function lozenge(text, kind) {
  return h('span', { class: `aui-lozenge${kind ? ' aui-lozenge-' + kind : ''}` }, text);
}
