// The agent's issue-view panel: what this ticket has cost and why, FCR status, tiers and the
// routing explanation, the request type's average and the anomaly flag (one ticket answer, so agents
// get them too), and direct costs when the viewer may add them. What the viewer may not see is simply absent (the API leaves it out).
import { client, restBase } from '../common/api.js';
import { h, replace } from '../common/dom.js';
import { dateTime, hours, money, number, fractionPercent } from '../common/format.js';
import { lozenge } from '../common/forms.js';
import { t, tValue } from '../common/i18n.js';
import { errorMessage, markReady, showError, showLoading } from '../common/state.js';
import { costForm } from './cost-form.js';

const FCR_LOZENGE = { FCR: 'success', PROVISIONAL: 'current', NOT_FCR: 'removed', OPEN: 'default', NOT_APPLICABLE: 'default' };

/** Renders the panel for data-issue-key into el. */
export async function renderPanel(el) {
  const key = el.getAttribute('data-issue-key');
  const api = client(restBase(el));
  const load = async () => {
    showLoading(el);
    let cost;
    try {
      cost = (await api.get(`tickets/${encodeURIComponent(key)}/cost`)).data;
    } catch (e) {
      showError(el, e);
      return;
    }
    const [facts, routing, comparison] = await Promise.all([
      optional(api.get(`tickets/${encodeURIComponent(key)}/facts`)),
      optional(api.get(`tickets/${encodeURIComponent(key)}/routing`)),
      optional(api.get(`tickets/${encodeURIComponent(key)}/comparison`)),
    ]);
    replace(el, panelBody({ key, cost, facts, routing, comparison, api, reload: load }));
    markReady(el);
  };
  await load();
}

/** The answer's data, or null when the endpoint is refused or absent (404/403: not for this viewer). */
async function optional(promise) {
  try {
    return (await promise).data;
  } catch (e) {
    if ([403, 404, 405].includes(e.status)) return null;
    return { bpError: e };
  }
}

function panelBody({ key, cost, facts, routing, comparison, api, reload }) {
  const usableFacts = facts && !facts.bpError ? facts : null;
  const usableComparison = comparison && !comparison.bpError ? comparison : null;
  return h('div', { class: 'bp-panel' },
    h('div', { class: 'bp-panel-total' },
      h('span', { class: 'bp-label', id: 'bp-total-label' }, t('panel.total')),
      h('span', { class: 'bp-total', 'data-testid': 'total', 'aria-labelledby': 'bp-total-label' }, money(cost.total))),
    usableComparison ? anomalyFlag(usableComparison) : null,
    breakdownTable(cost),
    usableFacts ? factsList(usableFacts) : h('p', { class: 'bp-muted', 'data-testid': 'facts-pending' },
      facts?.bpError ? t('panel.facts.error') : t('panel.facts.pending')),
    usableComparison ? comparisonBlock(usableComparison) : null,
    routing && !routing.bpError ? routingBlock(routing) : null,
    linesTable(key, cost, api, reload),
    cost.canAddCosts === false ? null : costForm({ key, api, currency: cost.total.currency, onSaved: reload }));
}

function breakdownTable(cost) {
  const entries = Object.entries(cost.byCategory || {});
  if (!entries.length) return h('p', { class: 'bp-muted', 'data-testid': 'no-costs' }, t('panel.no.costs'));
  const total = Number(cost.total.amount);
  return h('table', { class: 'aui bp-breakdown', 'data-testid': 'breakdown' },
    h('caption', {}, t('panel.breakdown')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('panel.category')), h('th', { scope: 'col', class: 'bp-num' }, t('panel.amount')),
      h('th', { scope: 'col', class: 'bp-num' }, t('panel.share')))),
    h('tbody', {}, entries.map(([category, amount]) => h('tr', { 'data-category': category },
      h('th', { scope: 'row' }, tValue('category', category)),
      h('td', { class: 'bp-num' }, money(amount)),
      h('td', { class: 'bp-num' }, total ? fractionPercent(Number(amount.amount) / total) : '')))));
}

function factsList(f) {
  const row = (label, value, testid) => [h('dt', {}, label), h('dd', { 'data-testid': testid }, value)];
  return h('dl', { class: 'bp-facts' },
    row(t('panel.labour'), [hours(f.labourSeconds), f.labourEstimated ? [' ', lozenge(t('panel.estimated'), 'moved')] : null], 'labour'),
    row(t('panel.contacts'), String(f.agentContacts), 'contacts'),
    row(t('panel.followups'), String(f.customerFollowUps), 'followups'),
    f.reopenCount ? row(t('panel.reopens'), String(f.reopenCount), 'reopens') : null,
    row(t('panel.fcr'), lozenge(tValue('fcr.status', f.fcrStatus), FCR_LOZENGE[f.fcrStatus]), 'fcr'),
    row(t('panel.customer.tier'), f.customerTier || t('panel.none'), 'customer-tier'),
    row(t('panel.support.tier'), f.supportTier || t('panel.none'), 'support-tier'),
    f.requestType ? row(t('panel.request.type'), f.requestType, 'request-type') : null,
    f.channel ? row(t('panel.channel'), f.channel, 'channel') : null,
    f.csat ? row(t('panel.csat'), String(f.csat), 'csat') : null);
}

/**
 * The ticket beside its request type (GET tickets/{key}/comparison): the average cost of a ticket
 * of the type over the anomaly window next to this ticket's total, and the type's mean logged work
 * next to this ticket's. Aggregates only, so every viewer of the cost gets it.
 */
function comparisonBlock(c) {
  const average = c.averageCost ? Number(c.averageCost.amount) : null;
  const ratio = average ? Number(c.total.amount) / average : null;
  const mean = c.anomaly.meanLabourSeconds;
  const row = (label, testid, value, extra) => [h('dt', {}, label), h('dd', {}, h('span', { 'data-testid': testid }, value), extra)];
  return h('section', { class: 'bp-comparison', 'data-testid': 'comparison', 'aria-labelledby': 'bp-comparison-title' },
    h('h4', { id: 'bp-comparison-title' }, t('panel.comparison.title', c.requestType, c.anomaly.windowDays)),
    h('dl', { class: 'bp-facts' },
      row(t('panel.comparison.total'), 'this-total', money(c.total),
        ratio !== null ? [' ', lozenge(t('panel.comparison.ratio', number(ratio, 1)), ratio > 1.5 ? 'moved' : 'success')] : null),
      c.averageCost
        ? [row(t('panel.comparison.average'), 'average-cost', money(c.averageCost)),
          row(t('panel.comparison.average.of'), 'average-of', String(c.averageOf))]
        : row(t('panel.comparison.average'), 'average-cost', t('panel.comparison.none')),
      row(t('panel.comparison.labour'), 'this-labour', hours(c.labourSeconds)),
      mean !== null && mean !== undefined
        ? [row(t('panel.comparison.mean'), 'mean-labour', hours(mean)),
          row(t('panel.comparison.mean.of'), 'sample-size', String(c.anomaly.sampleSize))]
        : row(t('panel.comparison.mean'), 'mean-labour', t('panel.comparison.none'))));
}

/** The handle-time anomaly flag, decided by the server exactly as the project's anomaly list. */
function anomalyFlag(c) {
  const a = c.anomaly;
  const state = a.flagged ? 'flagged' : a.enoughTickets ? 'usual' : 'too-few';
  const [text, kind] = { flagged: [t('panel.anomaly'), 'removed'], usual: [t('panel.anomaly.usual'), 'success'],
    'too-few': [t('panel.anomaly.too.few'), 'default'] }[state];
  const detail = a.flagged
    ? t('panel.anomaly.detail', number(a.ratio, 1), hours(a.meanLabourSeconds), number(a.k, 2))
    : a.enoughTickets ? t('panel.anomaly.usual.detail', number(a.k, 2), a.windowDays)
      : t('panel.anomaly.too.few.detail', a.sampleSize, a.minimumSampleSize, a.windowDays);
  return h('p', { class: 'bp-anomaly', 'data-testid': 'anomaly', 'data-state': state, 'data-flagged': String(a.flagged),
    'data-ratio': a.ratio ?? null },
    lozenge(text, kind), ' ', h('span', {}, detail));
}

/** The routing answer: one decision, a list of them, or {decisions: [...]}; newest shown first. */
function routingBlock(routing) {
  const decisions = Array.isArray(routing) ? routing : Array.isArray(routing.decisions) ? routing.decisions : [routing.decision || routing];
  const sorted = decisions.filter(Boolean).slice().sort((a, b) => String(b.at || '').localeCompare(String(a.at || '')));
  if (!sorted.length) return null;
  const latest = sorted[0];
  return h('section', { class: 'bp-routing', 'data-testid': 'routing', 'aria-labelledby': 'bp-routing-title' },
    h('h4', { id: 'bp-routing-title' }, t('panel.routing')),
    h('p', { class: 'bp-routing-explanation' }, latest.explanation || ''),
    h('p', { class: 'bp-muted' },
      latest.tierBefore || latest.tierAfter ? t('panel.routing.tiers', latest.tierBefore || '–', latest.tierAfter || '–') + ' · ' : '',
      latest.trigger ? tValue('routing.trigger', latest.trigger) + ' · ' : '',
      latest.matchedRuleId ? t('panel.routing.rule', latest.matchedRuleId) + ' · ' : '',
      dateTime(latest.at)),
    sorted.length > 1 ? h('details', {}, h('summary', {}, t('panel.routing.history', sorted.length - 1)),
      h('ul', {}, sorted.slice(1).map((d) => h('li', {}, `${dateTime(d.at)} — ${d.explanation || ''}`)))) : null);
}

function linesTable(key, cost, api, reload) {
  if (!cost.lines?.length) return null;
  const status = h('p', { class: 'bp-status', role: 'status', 'aria-live': 'polite' });
  const manual = (line) => line.id !== null && line.id !== undefined;
  const rows = cost.lines.map((line) => h('tr', { 'data-source': line.sourceKey, 'data-line-id': line.id ?? null },
    h('td', {}, dateTime(line.occurredAt)),
    h('td', {}, tValue('category', line.category), line.estimated ? [' ', lozenge(t('panel.estimated'), 'moved')] : null),
    h('td', { class: 'bp-num' }, money(line.amount)),
    h('td', { class: 'bp-num' }, line.quantity !== null ? `${number(line.quantity, 2)} ${tValue('unit', line.unit)}` : ''),
    cost.ratesShown ? h('td', { class: 'bp-num', 'data-testid': 'rate' }, line.rateApplied !== null ? number(line.rateApplied, 2) : '') : null,
    h('td', {}, line.note || ''),
    h('td', {}, line.author || tValue('rate.source', line.rateSource)),
    h('td', {}, manual(line) && cost.canAddCosts !== false ? [
      h('button', { type: 'button', class: 'aui-button aui-button-link', 'data-action': 'edit',
        onclick: (ev) => ev.target.closest('.bp-panel').querySelector('.bp-cost-form')?.bpEdit(line) }, t('panel.line.edit')),
      h('button', { type: 'button', class: 'aui-button aui-button-link', 'data-action': 'delete',
        onclick: async () => {
          if (!window.confirm(t('panel.line.delete.confirm', money(line.amount)))) return;
          try {
            await api.del(`tickets/${encodeURIComponent(key)}/costs/${encodeURIComponent(line.id)}`);
            await reload();
          } catch (e) {
            status.replaceChildren(errorMessage(e, t('error.title.action')));
          }
        } }, t('panel.line.delete')),
    ] : null)));
  return h('details', { class: 'bp-lines', 'data-testid': 'lines' },
    h('summary', {}, t('panel.lines', cost.lines.length)),
    h('table', { class: 'aui' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('panel.line.date')), h('th', { scope: 'col' }, t('panel.category')),
        h('th', { scope: 'col', class: 'bp-num' }, t('panel.amount')), h('th', { scope: 'col', class: 'bp-num' }, t('panel.quantity')),
        cost.ratesShown ? h('th', { scope: 'col', class: 'bp-num' }, t('panel.rate')) : null,
        h('th', { scope: 'col' }, t('panel.note')), h('th', { scope: 'col' }, t('panel.source')),
        h('th', { scope: 'col' }, h('span', { class: 'assistive' }, t('panel.actions'))))),
      h('tbody', {}, rows)),
    status);
}
