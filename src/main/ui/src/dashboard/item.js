// The frame every dashboard item shares: title, configure button, configuration form, and a body
// with loading / empty / error / ready states (data-state on the item element).
import { client, restBase } from '../common/api.js';
import { h, replace } from '../common/dom.js';
import { destroyCharts } from '../common/chart.js';
import { t } from '../common/i18n.js';
import { markReady, showEmpty, showError, showLoading } from '../common/state.js';
import { configForm, readConfig } from './config.js';
import { ITEMS } from './items.js';

/** Renders the item named by data-item into el. */
export function renderItem(el) {
  const name = el.getAttribute('data-item');
  const item = ITEMS[name];
  if (!item) {
    showError(el, { message: t('dashboard.unknown.item', name) });
    return;
  }
  const api = client(restBase(el));
  let config = readConfig(el, item.defaults || {});
  const titleId = `bp-item-title-${name}-${Math.random().toString(36).slice(2, 8)}`;
  const body = h('div', { class: 'bp-item-body', 'aria-live': 'polite' });
  const configBox = h('div', { class: 'bp-item-config', hidden: true });
  const configure = h('button', { type: 'button', class: 'aui-button aui-button-subtle bp-configure',
    'aria-expanded': 'false', 'aria-controls': null, onclick: () => toggleConfig() }, t('dashboard.configure'));
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
        toggleConfig(false);
        load();
      }, config.project ? () => toggleConfig(false) : null));
      configBox.hidden = false;
      configure.setAttribute('aria-expanded', 'true');
      configBox.querySelector('input, select')?.focus();
    } else {
      configBox.hidden = true;
      configure.setAttribute('aria-expanded', 'false');
      configure.focus();
    }
  }

  async function load() {
    destroyCharts(body);
    subtitle.textContent = config.project ? `· ${config.project}` : '';
    if (!config.project) {
      el.setAttribute('data-state', 'unconfigured');
      replace(body, h('p', { class: 'bp-muted' }, t('dashboard.unconfigured')));
      toggleConfig(true);
      return;
    }
    showLoading(el, body);
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
    replace(body, item.render(data, config, { reload: load, el }));
    for (const box of body.querySelectorAll('.bp-chart')) box.bpMake();
    markReady(el);
  }
  el.bpReload = load;
  return load();
}
