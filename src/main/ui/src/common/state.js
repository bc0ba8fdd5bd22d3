// Loading, empty, error and ready states of a view: visible text plus data-state on the element,
// which is what people and browser tests look at.
import { h, replace } from './dom.js';
import { t } from './i18n.js';

/** Marks `el` as loading and shows a spinner text in `body` (default: el). */
export function showLoading(el, body = el) {
  el.setAttribute('data-state', 'loading');
  el.setAttribute('aria-busy', 'true');
  replace(body, h('p', { class: 'bp-state bp-loading', role: 'status' },
    h('span', { class: 'aui-icon aui-icon-wait', 'aria-hidden': 'true' }), ' ', t('state.loading')));
}

/** Marks `el` as empty and says why. */
export function showEmpty(el, message = t('state.empty'), body = el) {
  el.setAttribute('data-state', 'empty');
  el.removeAttribute('aria-busy');
  replace(body, h('div', { class: 'aui-message aui-message-info bp-state bp-empty', role: 'status' }, h('p', {}, message)));
}

/** Marks `el` as failed and shows the API's message (and status). */
export function showError(el, error, body = el) {
  el.setAttribute('data-state', 'error');
  el.removeAttribute('aria-busy');
  replace(body, errorMessage(error));
}

/** An AUI error message for an ApiError or any Error; `title` says what failed (default: loading). */
export function errorMessage(error, title = t('error.title')) {
  const status = error?.status;
  let text;
  if (status === 0) text = t('error.network');
  else if (status === 401) text = t('error.401');
  else if (status === 403) text = t('error.403');
  else if (status === 404) text = t('error.404');
  else if (status === 409) text = t('error.409');
  else text = error?.message || t('error.unexpected');
  return h('div', { class: 'aui-message aui-message-error bp-state bp-error', role: 'alert' },
    h('p', { class: 'title' }, h('strong', {}, title)),
    h('p', {}, text),
    status ? h('p', { class: 'bp-error-detail' }, t('error.status', status, error.errorId || '')) : null,
    error?.errors?.length ? h('ul', {}, error.errors.map((p) => h('li', {}, p.field ? `${p.field}: ${p.reason}` : p.reason))) : null);
}

/** Marks `el` as ready. */
export function markReady(el) {
  el.setAttribute('data-state', 'ready');
  el.removeAttribute('aria-busy');
}

/**
 * Shows loading in `body`, awaits load(); on failure shows the error and answers null.
 * For views whose whole content depends on one request.
 */
export async function loadOrShowError(el, body, load) {
  showLoading(el, body);
  try {
    return await load();
  } catch (e) {
    showError(el, e, body);
    return null;
  }
}
