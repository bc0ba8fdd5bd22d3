// Settings export (a download of the document), import (validated first, never applied when
// invalid) and the history of saved revisions.
import { h, replace } from '../common/dom.js';
import { dateTime } from '../common/format.js';
import { button, field, inputOf, statusLine } from '../common/forms.js';
import { t } from '../common/i18n.js';
import { errorMessage, loadOrShowError, markReady } from '../common/state.js';
import { table } from '../common/table.js';
import { loadSettings } from './settings-form.js';

/** The export/import page. */
export async function importExportSection(el, body, api) {
  let settings = await loadOrShowError(el, body, () => loadSettings(api));
  if (!settings) return;
  const history = h('div', { class: 'bp-history' });
  replace(body,
    h('p', { class: 'bp-muted', 'data-testid': 'revision' }, t('admin.revision', settings.revision, settings.savedBy || t('admin.defaults'))),
    exportBlock(api),
    importBlock(api, () => settings, async () => { settings = await loadSettings(api); await showHistory(history, api); }),
    h('h3', {}, t('admin.history.title')), history);
  await showHistory(history, api);
  markReady(el);
}

function exportBlock(api) {
  const status = statusLine();
  return h('section', { class: 'bp-export' }, h('h3', {}, t('admin.export.title')), h('p', { class: 'description' }, t('admin.export.help')),
    button(t('admin.export.button'), async () => {
      try {
        const { data, etag } = await api.getText('settings/export');
        const revision = (etag || '').replace(/"/g, '');
        const url = URL.createObjectURL(new Blob([data], { type: 'application/json' }));
        const a = h('a', { href: url, download: `balance-point-settings-r${revision || 'current'}.json` });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        status.say(t('admin.export.done'), 'success');
      } catch (e) {
        status.replaceChildren(errorMessage(e, t('error.title.action')));
      }
    }, { attrs: { 'data-action': 'export' } }), status);
}

function importBlock(api, current, onImported) {
  const file = field({ label: t('admin.import.file'), path: 'file', attrs: { type: 'file', accept: 'application/json,.json' } });
  inputOf(file).type = 'file';
  const text = field({ label: t('admin.import.text'), path: 'document', type: 'textarea', help: t('admin.import.text.help') });
  inputOf(text).rows = 8;
  inputOf(file).addEventListener('change', async () => {
    const chosen = inputOf(file).files?.[0];
    if (chosen) inputOf(text).value = await chosen.text();
  });
  const result = h('div', { class: 'bp-import-result', 'aria-live': 'polite', 'data-testid': 'import-result' });
  const status = statusLine();
  const send = async (dryRun) => {
    result.replaceChildren();
    const body = inputOf(text).value;
    if (!body.trim()) { status.say(t('admin.import.nothing'), 'error'); return; }
    try {
      const settings = current();
      const query = dryRun ? '?dryRun=true' : `?revision=${encodeURIComponent(settings.revision)}`;
      const { data } = await api.request('POST', `settings/import${query}`, { body });
      if (dryRun) status.say(t('admin.import.valid', data.currentRevision), 'success');
      else {
        status.say(t('admin.import.done', data.revision ?? ''), 'success');
        await onImported();
      }
    } catch (e) {
      status.say(e.status === 409 ? t('admin.conflict') : t('admin.import.invalid', e.errors.length), 'error');
      result.replaceChildren(errorMessage(e, t('error.title.action')));
    }
  };
  return h('form', { class: 'aui bp-import', novalidate: true, 'data-testid': 'import', onsubmit: (e) => { e.preventDefault(); send(false); } },
    h('h3', {}, t('admin.import.title')), h('p', { class: 'description' }, t('admin.import.help')),
    file, text,
    h('div', { class: 'buttons-container' }, h('div', { class: 'buttons' },
      button(t('admin.import.validate'), () => send(true), { attrs: { 'data-action': 'validate' } }), ' ',
      button(t('admin.import.button'), null, { primary: true, type: 'submit', attrs: { 'data-action': 'import' } }))),
    status, result);
}

async function showHistory(box, api) {
  try {
    const page = (await api.get('settings/history', { limit: 20 })).data;
    replace(box, page.total ? table(t('admin.history.title'), [
      { label: t('admin.history.revision'), value: (c) => String(c.revision) },
      { label: t('admin.audit.actor'), value: (c) => c.author },
      { label: t('admin.audit.at'), value: (c) => dateTime(c.savedAt) },
      { label: t('admin.comment'), value: (c) => c.comment || '' },
    ], page.changes, { testid: 'history-table' }) : h('p', { class: 'bp-muted' }, t('admin.history.empty')));
  } catch (e) {
    replace(box, errorMessage(e));
  }
}
