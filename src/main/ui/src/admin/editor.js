// A small schema-driven editor for parts of the settings document. Each spec builds inputs that
// carry data-path (the document path the API reports problems at) and reads them back into a
// copy of the original value, so fields the page does not edit are kept as they were.
import { Decimal } from '../common/api.js';
import { h, uid } from '../common/dom.js';
import { button, field, inputOf, readDecimal, readInteger, readList } from '../common/forms.js';
import { t } from '../common/i18n.js';

/** Spec builders. */
export const text = (key, label, o = {}) => ({ kind: 'text', key, label, ...o });
export const nullableText = (key, label, o = {}) => ({ kind: 'text', key, label, nullable: true, ...o });
export const decimal = (key, label, o = {}) => ({ kind: 'decimal', key, label, ...o });
export const integer = (key, label, o = {}) => ({ kind: 'integer', key, label, ...o });
export const bool = (key, label, o = {}) => ({ kind: 'bool', key, label, ...o });
export const select = (key, label, options, o = {}) => ({ kind: 'select', key, label, options, ...o });
export const list = (key, label, o = {}) => ({ kind: 'list', key, label, ...o });
export const date = (key, label, o = {}) => ({ kind: 'date', key, label, ...o });
export const month = (key, label, o = {}) => ({ kind: 'month', key, label, ...o });
export const time = (key, label, o = {}) => ({ kind: 'time', key, label, ...o });
export const group = (key, label, fields, o = {}) => ({ kind: 'group', key, label, fields, ...o });
export const tableOf = (key, label, columns, newRow, o = {}) => ({ kind: 'table', key, label, columns, newRow, ...o });
/** Several columns shown stacked in one cell under one heading. */
export const stack = (label, columns) => ({ kind: 'stack', key: null, label, columns });
export const mapOf = (key, label, keyLabel, valueSpec, o = {}) => ({ kind: 'map', key, label, keyLabel, valueSpec, ...o });

export function getAt(obj, key) {
  if (!key) return obj;
  return key.split('.').reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), obj);
}

function setAt(obj, key, value) {
  if (!key) return value;
  const keys = key.split('.');
  const copy = { ...(obj || {}) };
  let cur = copy;
  for (let i = 0; i < keys.length - 1; i++) {
    cur[keys[i]] = { ...(cur[keys[i]] || {}) };
    cur = cur[keys[i]];
  }
  cur[keys[keys.length - 1]] = value;
  return copy;
}

const join = (path, key) => (!key ? path : path ? `${path}.${key}` : key);

/** Reads one scalar control's text by the spec's kind; problems get {field, reason}. */
function readScalar(spec, control, path, problems) {
  switch (spec.kind) {
    case 'bool': return control.checked;
    case 'list': return readList(control.value);
    case 'decimal': {
      const r = readDecimal(control.value, { required: spec.required });
      if (r.error) { problems.push({ field: path, reason: r.error }); return undefined; }
      return r.value === null ? null : new Decimal(r.value);
    }
    case 'integer': {
      const r = readInteger(control.value, { required: spec.required });
      if (r.error) { problems.push({ field: path, reason: r.error }); return undefined; }
      return r.value;
    }
    case 'select':
      return control.value === '' && spec.nullable ? null : control.value;
    case 'shares': {
      const out = [];
      for (const part of control.value.split(';').map((x) => x.trim()).filter(Boolean)) {
        const m = /^([A-Za-z_]+)\s*:\s*(.+?)\s*=\s*([-+]?\d+(?:\.\d+)?)\s*%?$/.exec(part);
        if (!m) { problems.push({ field: path, reason: t('admin.shares.format', part) }); return undefined; }
        out.push({ dimension: m[1].toUpperCase(), key: m[2], sharePercent: new Decimal(m[3]) });
      }
      return out;
    }
    default: {
      const v = control.value.trim();
      return v === '' && (spec.nullable || ['date', 'month', 'time'].includes(spec.kind)) ? null : v;
    }
  }
}

function displayValue(spec, value) {
  if (value === null || value === undefined) return '';
  if (spec.kind === 'list') return (value || []).join(', ');
  if (spec.kind === 'shares') return (value || []).map((v) => `${v.dimension}:${v.key}=${v.sharePercent}`).join('; ');
  if (value instanceof Decimal) return value.text;
  return String(value);
}

function optionsOf(spec) {
  const options = typeof spec.options === 'function' ? spec.options() : spec.options;
  const list = options.map((o) => (typeof o === 'string' ? { value: o, label: spec.optionLabel ? spec.optionLabel(o) : o } : o));
  return spec.nullable ? [{ value: '', label: t('admin.none') }, ...list] : list;
}

/** A labelled field for a scalar spec. */
function scalarField(spec, value, path) {
  const type = { bool: 'checkbox', select: 'select', decimal: 'number', integer: 'number', date: 'date', month: 'month', time: 'time' }[spec.kind] || 'text';
  const g = field({ label: spec.label, path, type, value: spec.kind === 'bool' ? value : displayValue(spec, value),
    options: spec.kind === 'select' ? optionsOf(spec) : undefined, help: spec.help || (spec.kind === 'list' ? t('admin.list.help') : undefined),
    required: spec.required });
  return g;
}

/** A control for a table cell (labelled by aria-label: column, row). */
function cellControl(spec, value, rowLabel) {
  const label = `${spec.label} ${rowLabel}`;
  let control;
  if (spec.kind === 'bool') {
    control = h('input', { type: 'checkbox', class: 'checkbox', checked: !!value, 'aria-label': label });
  } else if (spec.kind === 'select') {
    control = h('select', { class: 'select', 'aria-label': label },
      optionsOf(spec).map((o) => h('option', { value: o.value, selected: String(o.value) === String(value ?? '') }, o.label)));
  } else {
    const type = { date: 'date', month: 'month', time: 'time' }[spec.kind] || 'text';
    control = h('input', { type, class: `text ${spec.kind === 'decimal' || spec.kind === 'integer' ? 'short-field' : ''}`,
      'aria-label': label, inputmode: spec.kind === 'decimal' ? 'decimal' : null });
    control.value = displayValue(spec, value);
  }
  control.id = uid('bp-cell');
  return control;
}

/**
 * Builds the editor of `spec` for `value` at document path `path`.
 * Returns {el, read(problems)} where read() gives the edited value (undefined parts on problems).
 */
export function build(spec, value, path) {
  const here = join(path, spec.key);
  const own = getAt(value, spec.key);
  switch (spec.kind) {
    case 'group': {
      const children = spec.fields.map((f) => build(f, own, here));
      const el = h('fieldset', { class: 'bp-group', 'data-path': here || null },
        spec.label ? h('legend', {}, h('span', {}, spec.label)) : null, spec.help ? h('p', { class: 'description' }, spec.help) : null,
        children.map((c) => c.el));
      return { el, read(problems) {
        let out = own === null || own === undefined ? {} : own;
        spec.fields.forEach((f, i) => { out = setAt(out, f.key, children[i].read(problems)); });
        return out;
      } };
    }
    case 'table': return tableEditor(spec, own || [], here);
    case 'map': return mapEditor(spec, own || {}, here);
    default: {
      const g = scalarField(spec, own, here);
      return { el: g, read: (problems) => readScalar(spec, inputOf(g), here, problems) };
    }
  }
}

/** Several specs over one object (a section): {el, read(problems) → the object}. */
export function buildObject(specs, value, path) {
  return build(group('', null, specs), value, path);
}

function tableEditor(spec, rows, path) {
  const tbody = h('tbody', {});
  const wrapper = h('div', { class: 'bp-table-editor', 'data-path': path },
    spec.label ? h('h4', {}, spec.label) : null,
    spec.help ? h('p', { class: 'description' }, spec.help) : null);
  const state = [];
  const caption = spec.label || spec.key;
  const renumber = () => {
    state.forEach((row, i) => {
      row.tr.setAttribute('data-path', `${path}[${i}]`);
      row.cells.forEach(({ column, control }) => {
        control.setAttribute('data-path', join(`${path}[${i}]`, column.key));
        control.setAttribute('aria-label', `${column.label} ${t('admin.row', i + 1)}`);
      });
      row.up && (row.up.disabled = i === 0);
      row.down && (row.down.disabled = i === state.length - 1);
    });
    empty.hidden = state.length > 0;
  };
  const addRow = (original, focus) => {
    const row = { original, cells: [] };
    const tds = spec.columns.map((column) => {
      if (column.kind === 'stack') {
        // Several fields in one cell, each with a visible label: keeps wide rows (routing rules) narrow.
        return h('td', { class: 'bp-stack' }, column.columns.map((sub) => {
          const control = cellControl(sub, getAt(original, sub.key), '');
          row.cells.push({ column: sub, control });
          return h('div', { class: 'bp-stack-field' }, h('label', { for: control.id }, sub.label), control);
        }));
      }
      const control = cellControl(column, getAt(original, column.key), '');
      row.cells.push({ column, control });
      return h('td', {}, control);
    });
    const remove = button(t('admin.row.remove'), () => {
      state.splice(state.indexOf(row), 1);
      row.tr.remove();
      renumber();
    }, { attrs: { class: 'aui-button aui-button-link', 'data-action': 'remove-row' } });
    if (spec.orderable) {
      const move = (delta) => {
        const i = state.indexOf(row);
        const j = i + delta;
        if (j < 0 || j >= state.length) return;
        state.splice(i, 1);
        state.splice(j, 0, row);
        if (delta < 0) tbody.insertBefore(row.tr, state[j + 1].tr);
        else tbody.insertBefore(row.tr, state[j - 1].tr.nextSibling);
        renumber();
        (delta < 0 ? row.up : row.down).focus();
      };
      row.up = button('↑', () => move(-1), { attrs: { class: 'aui-button aui-button-subtle', 'aria-label': t('admin.row.up'), 'data-action': 'up' } });
      row.down = button('↓', () => move(1), { attrs: { class: 'aui-button aui-button-subtle', 'aria-label': t('admin.row.down'), 'data-action': 'down' } });
    }
    row.tr = h('tr', {}, tds, h('td', { class: 'bp-row-actions' }, row.up, row.down, remove));
    state.push(row);
    tbody.appendChild(row.tr);
    renumber();
    if (focus) row.cells[0]?.control.focus();
  };
  const empty = h('p', { class: 'bp-muted' }, t('admin.table.empty'));
  wrapper.append(
    h('table', { class: 'aui bp-edit-table' },
      h('caption', { class: 'assistive' }, caption),
      h('thead', {}, h('tr', {}, spec.columns.map((c) => h('th', { scope: 'col' }, c.label)), h('th', { scope: 'col' }, h('span', { class: 'assistive' }, t('panel.actions'))))),
      tbody),
    empty,
    button(spec.addLabel || t('admin.row.add'), () => addRow(spec.newRow(), true), { attrs: { 'data-action': 'add-row' } }));
  for (const r of rows) addRow(r, false);
  renumber();
  return { el: wrapper, read(problems) {
    return state.map((row, i) => {
      let out = row.original;
      for (const { column, control } of row.cells) {
        out = setAt(out, column.key, readScalar(column, control, join(`${path}[${i}]`, column.key), problems));
      }
      return out;
    });
  } };
}

/** A map (e.g. impact share by priority) edited as rows of key and value. */
function mapEditor(spec, map, path) {
  const rows = Object.entries(map).map(([k, v]) => ({ key: k, value: v }));
  const inner = tableEditor({ ...spec, key: '', columns: [text('key', spec.keyLabel), { ...spec.valueSpec, key: 'value' }],
    newRow: () => ({ key: '', value: null }) }, rows, path);
  return { el: inner.el, read(problems) {
    const local = [];
    const entries = inner.read(local);
    // Problems of a row are reported at the map's path: the API names map entries by their key.
    for (const p of local) problems.push({ field: path, reason: p.reason });
    const out = {};
    for (const e of entries) if (e.key) out[e.key] = e.value;
    return out;
  } };
}
