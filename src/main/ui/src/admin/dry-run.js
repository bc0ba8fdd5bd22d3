// The routing dry run: the rules as edited (not saved) against a project's recent tickets,
// through POST whatif/routing-dry-run {project, tickets, routing}; lists where each ticket would
// go next to where it went, and the load per target.
import { h, replace } from '../common/dom.js';
import { button, clearFieldErrors, field, inputOf, readInteger, showFieldErrors } from '../common/forms.js';
import { t } from '../common/i18n.js';
import { errorMessage } from '../common/state.js';
import { table } from '../common/table.js';

/** The dry-run block below the routing form. */
export function dryRunBlock({ api, edited, form }) {
  const host = form.closest('[data-bp-view]');
  // The host may name a project (Jira's project admin page, the workbench's first project).
  const suggested = () => host?.getAttribute('data-project-key') || globalThis.BalancePoint?.projects?.[0]?.key || '';
  const project = field({ label: t('admin.dry.run.project'), path: 'project', required: true, value: suggested() });
  inputOf(project).addEventListener('focus', () => { if (!inputOf(project).value) inputOf(project).value = suggested(); });
  const tickets = field({ label: t('admin.dry.run.count'), path: 'tickets', type: 'number', value: '100', help: t('admin.dry.run.count.help') });
  const result = h('div', { class: 'bp-dry-run-result', 'aria-live': 'polite', 'data-testid': 'dry-run-result' });
  const block = h('form', { class: 'aui bp-dry-run', novalidate: true, 'aria-labelledby': 'bp-dry-run-title' },
    h('h3', { id: 'bp-dry-run-title' }, t('admin.dry.run.title')),
    h('p', { class: 'description' }, t('admin.dry.run.help')),
    project, tickets,
    h('div', { class: 'buttons-container' }, h('div', { class: 'buttons' },
      button(t('admin.dry.run.button'), null, { type: 'submit', attrs: { 'data-action': 'dry-run' } }))),
    result);
  block.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(block);
    const count = readInteger(inputOf(tickets).value);
    if (count.error) { showFieldErrors(block, [{ field: 'tickets', reason: count.error }]); return; }
    const document = edited();
    if (!document) return;
    replace(result, h('p', { class: 'bp-state', role: 'status' }, t('state.loading')));
    result.setAttribute('data-state', 'loading');
    try {
      const body = { project: inputOf(project).value.trim() || null, tickets: count.value, routing: document.routing };
      const { data } = await api.post('whatif/routing-dry-run', body);
      replace(result, report(data));
      result.setAttribute('data-state', data?.tickets?.length ? 'ready' : 'empty');
    } catch (e) {
      // Problems name fields of the body: project and tickets here, routing.… in the rules form.
      const own = e.errors.filter((p) => p.field === 'project' || p.field === 'tickets');
      const rules = e.errors.filter((p) => !own.includes(p));
      if (own.length) showFieldErrors(block, own);
      if (rules.length) showFieldErrors(form, rules);
      replace(result, errorMessage(e, t('error.title.action')));
      result.setAttribute('data-state', 'error');
    }
  });
  return block;
}

function report(data) {
  const rows = Array.isArray(data?.tickets) ? data.tickets : [];
  if (!rows.length) return h('p', { class: 'bp-muted' }, t('admin.dry.run.empty'));
  const changed = new Set(data.tierChangeIssueKeys || []);
  return h('div', {},
    h('p', { 'data-testid': 'dry-run-summary' }, t('admin.dry.run.changes', changed.size, rows.length)),
    Array.isArray(data.targets) && data.targets.length ? table(t('admin.dry.run.targets'), [
      { label: t('admin.support.tier'), value: (c) => c.supportTier || '' },
      { label: t('admin.routing.action.group'), value: (c) => c.assigneeGroup || '' },
      { label: t('admin.dry.run.tickets'), value: (c) => String(c.tickets), num: true },
    ], data.targets, { testid: 'dry-run-targets' }) : null,
    table(t('admin.dry.run.rows'), [
      { label: t('item.anomalies.issue'), value: (r) => r.issueKey },
      { label: t('admin.dry.run.current'), value: (r) => r.currentTier || '' },
      { label: t('admin.dry.run.new'), value: (r) => [r.wouldGo?.tierAfter || '', changed.has(r.issueKey) ? [' ', h('span', { class: 'aui-lozenge aui-lozenge-moved' }, t('admin.dry.run.changed'))] : null] },
      { label: t('admin.routing.action.group'), value: (r) => r.wouldGo?.assigneeGroup || '' },
      { label: t('admin.dry.run.rule'), value: (r) => r.wouldGo?.matchedRuleId || '' },
      { label: t('admin.dry.run.explanation'), value: (r) => r.wouldGo?.explanation || '' },
      { label: t('admin.dry.run.went'), value: (r) => (r.went ? `${r.went.tierAfter || ''} — ${r.went.explanation || ''}` : t('admin.dry.run.never')) },
    ], rows, { testid: 'dry-run-rows' }));
}
