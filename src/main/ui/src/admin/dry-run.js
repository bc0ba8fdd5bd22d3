// The routing dry-run: the rules as edited (not saved) against recent tickets, through
// POST whatif/routing-dry-run; lists where each ticket would go and the load per target.
import { h, replace } from '../common/dom.js';
import { button, showFieldErrors } from '../common/forms.js';
import { t } from '../common/i18n.js';
import { errorMessage } from '../common/state.js';
import { table } from '../common/table.js';

/** The body the dry-run endpoint takes: the edited routing section. */
export function dryRunBody(document) {
  return { routing: document.routing };
}

/** The dry-run block below the routing form. */
export function dryRunBlock({ api, edited, form }) {
  const result = h('div', { class: 'bp-dry-run-result', 'aria-live': 'polite', 'data-testid': 'dry-run-result' });
  const run = async () => {
    const document = edited();
    if (!document) return;
    replace(result, h('p', { class: 'bp-state', role: 'status' }, t('state.loading')));
    result.setAttribute('data-state', 'loading');
    try {
      const { data } = await api.post('whatif/routing-dry-run', dryRunBody(document));
      replace(result, report(data));
      result.setAttribute('data-state', data?.rows?.length === 0 ? 'empty' : 'ready');
    } catch (e) {
      // Problems name fields of the body ({routing: …}), which are document paths too.
      if (e.errors.length) showFieldErrors(form, e.errors.map((p) => ({ ...p, field: String(p.field || '').replace(/^document\./, '') })));
      replace(result, errorMessage(e));
      result.setAttribute('data-state', 'error');
    }
  };
  return h('section', { class: 'bp-dry-run', 'aria-labelledby': 'bp-dry-run-title' },
    h('h3', { id: 'bp-dry-run-title' }, t('admin.dry.run.title')),
    h('p', { class: 'description' }, t('admin.dry.run.help')),
    button(t('admin.dry.run.button'), run, { attrs: { 'data-action': 'dry-run' } }),
    result);
}

function report(data) {
  if (!data || typeof data !== 'object') return h('p', {}, String(data ?? ''));
  const rows = Array.isArray(data.rows) ? data.rows : Array.isArray(data) ? data : [];
  if (!rows.length) return h('p', { class: 'bp-muted' }, t('admin.dry.run.empty'));
  const changed = new Set(data.tierChangeIssueKeys || []);
  return h('div', {},
    Array.isArray(data.targets) && data.targets.length ? table(t('admin.dry.run.targets'), [
      { label: t('admin.support.tier'), value: (c) => c.supportTier || '' },
      { label: t('admin.routing.action.group'), value: (c) => c.assigneeGroup || '' },
      { label: t('admin.dry.run.tickets'), value: (c) => String(c.tickets), num: true },
    ], data.targets, { testid: 'dry-run-targets' }) : null,
    h('p', {}, t('admin.dry.run.changes', changed.size, rows.length)),
    table(t('admin.dry.run.rows'), [
      { label: t('item.anomalies.issue'), value: (r) => r.issueKey || r.decision?.issueKey || '' },
      { label: t('admin.dry.run.current'), value: (r) => r.currentTier || '' },
      { label: t('admin.dry.run.new'), value: (r) => r.decision?.tierAfter || '' },
      { label: t('admin.routing.action.group'), value: (r) => r.decision?.assigneeGroup || '' },
      { label: t('admin.dry.run.rule'), value: (r) => r.decision?.matchedRuleId || '' },
      { label: t('admin.dry.run.explanation'), value: (r) => r.decision?.explanation || '' },
    ], rows, { testid: 'dry-run-rows' }));
}
