// The frame every dashboard item shares: title, configure button, configuration form, and a body
// with loading / empty / error / ready states (data-state on the item element). The host (Jira's
// dashboard through module.js, or the workbench) supplies the saved configuration and stores new ones.
import { DATA_AGE, client, restBase } from '../common/api.js';
import { h, replace } from '../common/dom.js';
import { destroyCharts } from '../common/chart.js';
import { t } from '../common/i18n.js';
import { markReady, showEmpty, showError, showLoading } from '../common/state.js';
import { configForm, withDefaults } from './config.js';
import { ITEMS } from './items.js';

/** A line saying the figures may miss the last changes, for answers older than current; else nothing. */
function dataAgeNote(data) {
  const seconds = data?.[DATA_AGE];
  if (!seconds) return null;
  return h('p', { class: 'bp-muted bp-data-age', 'data-testid': 'data-age' }, t('dashboard.data.age', seconds));
}

/**
 * Renders the item named by data-item into el. `host`: {config (saved, may be empty), editable,
 * editing (open the configuration form), save(config), cancel(), loading(busy), resized()}.
 */
export function renderItem(el, host) {
  const name = el.getAttribute('data-item');
  const item = ITEMS[name];
  if (!item) {
    showError(el, { message: t('dashboard.unknown.item', name) });
    return Promise.resolve();
  }
  const api = client(restBase(el));
  let config = withDefaults(host.config, item.defaults || {});
  const titleId = `bp-item-title-${name}-${Math.random().toString(36).slice(2, 8)}`;
  const body = h('div', { class: 'bp-item-body', 'aria-live': 'polite' });
  const configBox = h('div', { class: 'bp-item-config', hidden: true });
  const configure = host.editable ? h('button', { type: 'button', class: 'aui-button aui-button-subtle bp-configure',
    'aria-expanded': 'false', 'aria-controls': null, onclick: () => toggleConfig() }, t('dashboard.configure')) : null;
  const subtitle = h('span', { class: 'bp-item-subtitle' });
  replace(el, h('section', { class: 'bp-item', 'aria-labelledby': titleId },
    h('header', { class: 'bp-item-header' },
      h('h3', { id: titleId }, t(`item.${name}.title`), ' ', subtitle), configure),
    configBox, body));
  el.classList.add('bp-dashboard-item');

  function toggleConfig(open = configBox.hidden) {
    if (open) {
      replace(configBox, configForm(el, name, config, item.config, (next) => {
        config = next;
        host.save(next);
        toggleConfig(false);
        load();
      }, config.project ? () => {
        toggleConfig(false);
        host.cancel?.();
      } : null));
      configBox.hidden = false;
      configure?.setAttribute('aria-expanded', 'true');
      configBox.querySelector('input, select')?.focus();
    } else {
      configBox.hidden = true;
      configure?.setAttribute('aria-expanded', 'false');
      configure?.focus();
    }
    host.resized?.();
  }

  async function load() {
    destroyCharts(body);
    subtitle.textContent = config.project ? `· ${config.project}` : '';
    if (!config.project) {
      el.setAttribute('data-state', 'unconfigured');
      replace(body, h('p', { class: 'bp-muted' }, t(host.editable ? 'dashboard.unconfigured' : 'dashboard.unconfigured.readonly')));
      if (host.editable && configBox.hidden) toggleConfig(true);
      host.resized?.();
      return;
    }
    showLoading(el, body);
    host.loading?.(true);
    try {
      let data;
      try {
        data = await item.load(api, config, el);
      } catch (e) {
        if (item.emptyOn?.includes(e.status)) showEmpty(el, t(`item.${name}.empty.${e.status}`), body);
        else showError(el, e, body);
        return;
      }
      if (item.isEmpty(data, config)) {
        showEmpty(el, t(`item.${name}.empty`), body);
        return;
      }
      replace(body, item.render(data, config, { reload: load, el }), dataAgeNote(data));
      for (const box of body.querySelectorAll('.bp-chart')) box.bpMake();
      markReady(el);
    } finally {
      host.loading?.(false);
      host.resized?.();
    }
  }
  el.bpReload = load;
  if (host.editing && host.editable) toggleConfig(true);
  return load();
}
