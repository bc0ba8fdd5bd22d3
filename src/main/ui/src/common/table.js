// AUI tables from rows of values.
import { h } from './dom.js';

/**
 * table(caption, [{label, value: row => text|node, num?}], rows, {testid, collapsed}).
 * collapsed: the table sits in a <details> ("show the data"), e.g. beside a chart.
 */
export function table(caption, columns, rows, { testid, collapsed = false, summary } = {}) {
  const el = h('table', { class: 'aui bp-table', 'data-testid': testid },
    caption && !collapsed ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.num ? 'bp-num' : null }, c.label)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((c, i) => {
      const value = c.value(row);
      return i === 0 && c.header !== false
        ? h('th', { scope: 'row', class: c.num ? 'bp-num' : null }, value)
        : h('td', { class: c.num ? 'bp-num' : null }, value);
    })))));
  return collapsed ? h('details', { class: 'bp-data' }, h('summary', {}, summary || caption), el) : el;
}
