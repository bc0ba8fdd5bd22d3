// One admin section over the settings document: GET settings, edit this section's part, PUT the
// whole document with its revision (If-Match). 409 = someone saved in between; 422 = every
// problem, each shown at its field (paths "document.<section>…"); nothing is saved on error.
import { h, replace } from '../common/dom.js';
import { button, showFieldErrors, statusLine, field, inputOf, clearFieldErrors } from '../common/forms.js';
import { t } from '../common/i18n.js';
import { errorMessage, loadOrShowError, markReady } from '../common/state.js';
import { buildObject } from './editor.js';

/** Loads the settings document and its revision. */
export async function loadSettings(api) {
  const { data, etag } = await api.get('settings');
  return { revision: data.revision, etag: etag || `"${data.revision}"`, document: data.document, savedBy: data.savedBy, savedAt: data.savedAt };
}

/**
 * Renders a settings section into `body`: specs (see editor.js) over the whole document, so
 * paths are document paths. `extra(ctx)` may add more UI below the form (e.g. the dry-run).
 */
export async function settingsSection(el, body, api, { specs, intro, extra }) {
  let settings = await loadOrShowError(el, body, () => loadSettings(api));
  if (!settings) return;
  const editor = buildObject(specs, settings.document, '');
  const status = statusLine();
  const revision = h('p', { class: 'bp-muted bp-revision', 'data-testid': 'revision' });
  const showRevision = () => {
    revision.textContent = t('admin.revision', settings.revision, settings.savedBy || t('admin.defaults'));
    el.setAttribute('data-revision', String(settings.revision));
  };
  showRevision();
  const comment = field({ label: t('admin.comment'), path: 'comment', attrs: { maxlength: 450 }, help: t('admin.comment.help') });
  const conflict = h('div', { class: 'bp-conflict' });
  const save = button(t('admin.save'), null, { primary: true, type: 'submit', attrs: { 'data-action': 'save' } });
  const form = h('form', { class: 'aui bp-settings-form', novalidate: true, 'data-testid': 'settings-form' },
    intro ? h('p', { class: 'description' }, intro) : null,
    h('div', { class: 'bp-error-summary' }),
    editor.el,
    comment,
    h('div', { class: 'buttons-container' }, h('div', { class: 'buttons' }, save, ' ',
      button(t('admin.reload'), () => settingsSection(el, body, api, { specs, intro, extra }), { attrs: { 'data-action': 'reload' } }))),
    conflict, status);

  /** Reads the edited document, or null with the problems shown. */
  const edited = () => {
    const problems = [];
    const document = editor.read(problems);
    if (problems.length) {
      showFieldErrors(form, problems);
      status.say(t('admin.not.saved.local', problems.length), 'error');
      return null;
    }
    return document;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    conflict.replaceChildren();
    const document = edited();
    if (!document) return;
    save.setAttribute('aria-disabled', 'true');
    el.setAttribute('data-save', 'saving');
    status.say(t('form.saving'));
    try {
      const commentText = inputOf(comment).value.trim();
      const { data, etag } = await api.put('settings', { revision: settings.revision, comment: commentText || null, document },
        { headers: { 'If-Match': settings.etag } });
      settings = { ...settings, revision: data.revision, etag: etag || `"${data.revision}"`, document: data.document || document, savedBy: data.savedBy };
      showRevision();
      inputOf(comment).value = '';
      status.say(t('admin.saved', settings.revision), 'success');
      el.setAttribute('data-save', 'saved');
    } catch (e) {
      el.setAttribute('data-save', 'error');
      if (e.status === 422 || e.status === 400) {
        const placed = showFieldErrors(form, e.errors, { prefix: 'document.' });
        status.say(t('admin.not.saved.problems', e.errors.length, placed), 'error');
      } else if (e.status === 409) {
        conflict.replaceChildren(h('div', { class: 'aui-message aui-message-warning', role: 'alert', 'data-testid': 'conflict' },
          h('p', {}, t('admin.conflict')),
          button(t('admin.reload'), () => settingsSection(el, body, api, { specs, intro, extra }))));
        status.say(t('admin.not.saved'), 'error');
      } else {
        conflict.replaceChildren(errorMessage(e, t('error.title.action')));
        status.say(t('admin.not.saved'), 'error');
      }
    } finally {
      save.removeAttribute('aria-disabled');
    }
  });

  replace(body, revision, form, extra ? extra({ api, edited, form, settings: () => settings }) : null);
  markReady(el);
}
