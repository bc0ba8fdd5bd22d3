// Recalculation with the audit log, and the state of the background jobs (backfill progress).
import { h, replace } from '../common/dom.js';
import { dateTime, money } from '../common/format.js';
import { button, clearFieldErrors, field, inputOf, lozenge, showFieldErrors, statusLine } from '../common/forms.js';
import { t, tValue } from '../common/i18n.js';
import { errorMessage, markReady, showError, showLoading } from '../common/state.js';
import { table } from '../common/table.js';

const STATUS_LOZENGE = { RUNNING: 'current', DONE: 'success', FAILED: 'removed', CANCELLED: 'moved', IDLE: null };
const POLL_MS = 2000;
const AUDIT_PAGE = 20;

/** The recalculation page: jobs with progress, start forms, and the audit log. */
export async function recalculationSection(el, body, api) {
  const jobsBox = h('div', { class: 'bp-jobs', 'aria-live': 'polite' });
  const auditBox = h('div', { class: 'bp-audit' });
  replace(body, h('h3', {}, t('admin.jobs.title')), jobsBox, recalcForm(api, () => refreshJobs()),
    h('h3', {}, t('admin.audit.title')), auditBox);
  let timer = null;
  const refreshJobs = async () => {
    clearTimeout(timer);
    let jobs;
    try {
      jobs = (await api.get('jobs')).data;
    } catch (e) {
      replace(jobsBox, errorMessage(e));
      el.setAttribute('data-state', 'error');
      return;
    }
    replace(jobsBox, jobs.map((job) => jobRow(job, api, refreshJobs)));
    markReady(el);
    if (jobs.some((j) => j.status === 'RUNNING') && el.isConnected) timer = setTimeout(refreshJobs, POLL_MS);
    else loadAudit(el, auditBox, api, 0);
  };
  showLoading(el, jobsBox);
  await refreshJobs();
  await loadAudit(el, auditBox, api, 0);
}

/** A job with its progress bar (AUI progress indicator markup plus a native <progress>). */
export function jobRow(job, api, refresh) {
  const fraction = job.total > 0 ? Math.min(1, job.done / job.total) : job.status === 'DONE' ? 1 : 0;
  const labelId = `bp-job-${job.name}-label`;
  const start = job.name === 'recalculation' ? null : button(t('admin.jobs.start'), async (ev) => {
    try {
      await api.post(`jobs/${job.name}`, {});
    } catch (e) {
      ev.target.closest('.bp-job').append(errorMessage(e, t('error.title.action')));
      return;
    }
    refresh();
  }, { attrs: { 'data-action': 'start', disabled: job.status === 'RUNNING' } });
  const cancel = job.status === 'RUNNING' ? button(t('admin.jobs.cancel'), async () => {
    try { await api.post(`jobs/${job.name}/cancel`, {}); } catch { /* it may have finished meanwhile */ }
    refresh();
  }, { attrs: { 'data-action': 'cancel' } }) : null;
  return h('div', { class: 'bp-job', 'data-job': job.name, 'data-status': job.status },
    h('h4', { id: labelId }, tValue('job', job.name), ' ', lozenge(tValue('job.status', job.status), STATUS_LOZENGE[job.status])),
    h('progress', { max: job.total > 0 ? job.total : 1, value: job.total > 0 ? job.done : fraction, 'aria-labelledby': labelId, class: 'bp-progress' }),
    h('p', { class: 'bp-muted' },
      job.total > 0 ? t('admin.jobs.progress', job.done, job.total, Math.round(fraction * 100)) : '',
      job.startedAt ? ` · ${t('admin.jobs.started', dateTime(job.startedAt))}` : '',
      job.updatedAt ? ` · ${t('admin.jobs.updated', dateTime(job.updatedAt))}` : '',
      job.message ? ` · ${job.message}` : ''),
    h('div', { class: 'buttons' }, start, ' ', cancel));
}

function recalcForm(api, refresh) {
  const from = field({ label: t('admin.from'), path: 'from', type: 'date', required: true });
  const until = field({ label: t('admin.until'), path: 'until', type: 'date', help: t('admin.recalc.until.help') });
  const status = statusLine();
  const form = h('form', { class: 'aui bp-recalc', novalidate: true, 'data-testid': 'recalculation' },
    h('h4', {}, t('admin.recalc.title')), h('p', { class: 'description' }, t('admin.recalc.help')),
    h('div', { class: 'bp-error-summary' }), from, until,
    h('div', { class: 'buttons-container' }, h('div', { class: 'buttons' }, button(t('admin.recalc.start'), null, { primary: true, type: 'submit' }))),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    try {
      await api.post('jobs/recalculation', { from: inputOf(from).value || null, until: inputOf(until).value || null });
      status.say(t('admin.recalc.started'), 'success');
      refresh();
    } catch (e) {
      if (e.errors.length) showFieldErrors(form, e.errors);
      status.say(e.status === 409 ? t('admin.recalc.running') : e.message, 'error');
    }
  });
  return form;
}

async function loadAudit(el, box, api, offset) {
  let page;
  try {
    page = (await api.get('audit', { offset, limit: AUDIT_PAGE })).data;
  } catch (e) {
    showError(box, e);
    return;
  }
  const total = (m) => (m ? money(m) : '');
  replace(box,
    page.total ? table(t('admin.audit.title'), [
      { label: t('admin.audit.at'), value: (e) => dateTime(e.entry.at) },
      { label: t('admin.audit.actor'), value: (e) => e.entry.actor },
      { label: t('admin.audit.action'), value: (e) => tValue('audit.action', e.entry.action) },
      { label: t('admin.audit.subject'), value: (e) => e.entry.subject },
      { label: t('admin.audit.before'), value: (e) => total(e.entry.totalBefore), num: true },
      { label: t('admin.audit.after'), value: (e) => total(e.entry.totalAfter), num: true },
      { label: t('admin.audit.details'), value: (e) => detailText(e.entry.details) },
    ], page.entries, { testid: 'audit-table' }) : h('p', { class: 'bp-muted' }, t('admin.audit.empty')),
    page.total > AUDIT_PAGE ? h('nav', { class: 'bp-pager', 'aria-label': t('admin.audit.pages') },
      button(t('item.anomalies.previous'), () => loadAudit(el, box, api, Math.max(0, offset - AUDIT_PAGE)), { attrs: { disabled: offset === 0 } }), ' ',
      t('item.anomalies.range', offset + 1, offset + page.entries.length, page.total), ' ',
      button(t('item.anomalies.next'), () => loadAudit(el, box, api, offset + AUDIT_PAGE), { attrs: { disabled: offset + AUDIT_PAGE >= page.total } })) : null);
}

function detailText(details) {
  if (!details || typeof details !== 'object') return details ? String(details) : '';
  return Object.entries(details).map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : v}`).join('; ');
}
