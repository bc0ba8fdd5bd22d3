// The dashboard items of SPEC §6: how each loads from the API, when it is empty, how it draws.
import { withDataAge } from '../common/api.js';
import { h } from '../common/dom.js';
import { chartBox, series } from '../common/chart.js';
import { dateTime, fractionPercent, hours, money, number, percent } from '../common/format.js';
import { button, lozenge } from '../common/forms.js';
import { t, tValue } from '../common/i18n.js';
import { table } from '../common/table.js';
import { filterQuery, rangeOf } from './config.js';

const amount = (m) => (m && m.amount !== null && m.amount !== undefined ? Number(m.amount) : null);
const metricsPath = (config, what) => `projects/${encodeURIComponent(config.project)}/metrics/${what}`;
const rangeQuery = (config) => ({ ...rangeOf(config), ...filterQuery(config) });
const trendQuery = (config) => ({ ...rangeQuery(config), granularity: config.granularity });
const DIMENSIONS = ['channel', 'request_type', 'customer_tier', 'support_tier', 'agent'];
const AXES = ['category', 'channel', 'customer_tier', 'support_tier', 'request_type', 'agent'];
const LEVELS = ['year', 'quarter', 'month', 'week', 'day'];

function coveredLine(covered) {
  return covered ? h('p', { class: 'bp-muted bp-covered' }, t('dashboard.covered', dateTime(covered.from), dateTime(covered.until))) : null;
}

const fcr = {
  defaults: { dimension: 'channel' },
  config: { period: true, granularity: true, filters: true, extra: [
    { label: t('config.dimension'), path: 'dimension', type: 'select', options: DIMENSIONS.map((d) => ({ value: d, label: t('dimension.' + d) })) }] },
  async load(api, config) {
    const [trend, breakdown] = await Promise.all([
      api.get(metricsPath(config, 'trend'), trendQuery(config)),
      api.get(metricsPath(config, 'breakdown'), { ...rangeQuery(config), dimension: config.dimension }),
    ]);
    return { trend: trend.data, breakdown: breakdown.data };
  },
  isEmpty: (d) => !d.trend.overall?.measures?.fcrApplicable,
  render({ trend, breakdown }, config) {
    const overall = trend.overall;
    return h('div', {},
      h('p', { class: 'bp-headline' }, h('span', { class: 'bp-big', 'data-testid': 'fcr-rate' }, fractionPercent(overall.fcrRate)), ' ',
        t('item.fcr.headline', overall.measures.fcr, overall.measures.fcrApplicable, overall.measures.fcrProvisional)),
      coveredLine(trend.covered),
      chartBox(t('item.fcr.chart'), { type: 'line', data: {
        labels: trend.points.map((p) => p.period.label),
        datasets: [series(t('item.fcr.rate'), trend.points.map((p) => (p.metrics.fcrRate === null ? null : Number(p.metrics.fcrRate) * 100)), 0)],
      }, options: { scales: { y: { min: 0, max: 100, title: { display: true, text: '%' } } } } }),
      table(t('item.fcr.trend.table'), [
        { label: t('dashboard.period'), value: (p) => p.period.label },
        { label: t('item.fcr.applicable'), value: (p) => String(p.metrics.measures.fcrApplicable), num: true },
        { label: t('item.fcr.fcr'), value: (p) => String(p.metrics.measures.fcr), num: true },
        { label: t('item.fcr.rate'), value: (p) => fractionPercent(p.metrics.fcrRate), num: true },
      ], trend.points, { collapsed: true, testid: 'trend-table' }),
      h('h4', {}, t('item.fcr.breakdown', t('dimension.' + config.dimension))),
      chartBox(t('item.fcr.breakdown.chart'), { type: 'bar', data: {
        labels: breakdown.slices.map((s) => s.value),
        datasets: [series(t('item.fcr.rate'), breakdown.slices.map((s) => (s.metrics.fcrRate === null ? null : Number(s.metrics.fcrRate) * 100)), 1)],
      }, options: { indexAxis: 'y', scales: { x: { min: 0, max: 100 } }, plugins: { legend: { display: false } } } }, { height: 40 + 28 * breakdown.slices.length }),
      table(t('item.fcr.breakdown.table'), [
        { label: t('dashboard.value'), value: (s) => s.value },
        { label: t('item.fcr.applicable'), value: (s) => String(s.metrics.measures.fcrApplicable), num: true },
        { label: t('item.fcr.fcr'), value: (s) => String(s.metrics.measures.fcr), num: true },
        { label: t('item.fcr.rate'), value: (s) => fractionPercent(s.metrics.fcrRate), num: true },
      ], breakdown.slices, { testid: 'breakdown-table' }));
  },
};

const costPerResolution = {
  config: { period: true, granularity: true, filters: true },
  load: async (api, config) => (await api.get(metricsPath(config, 'trend'), trendQuery(config))).data,
  isEmpty: (trend) => !trend.overall?.measures?.realResolutions,
  render(trend) {
    const o = trend.overall;
    return h('div', {},
      h('p', { class: 'bp-headline' },
        h('span', { class: 'bp-big', 'data-testid': 'cost-per-resolution' }, money(o.costPerResolution)), ' ',
        t('item.cost-per-resolution.headline', money(o.fullyLoadedCostPerResolution), o.measures.realResolutions)),
      coveredLine(trend.covered),
      chartBox(t('item.cost-per-resolution.chart'), { type: 'line', data: {
        labels: trend.points.map((p) => p.period.label),
        datasets: [
          series(t('item.cost-per-resolution.plain'), trend.points.map((p) => amount(p.metrics.costPerResolution)), 0),
          series(t('item.cost-per-resolution.loaded'), trend.points.map((p) => amount(p.metrics.fullyLoadedCostPerResolution)), 2),
        ],
      }, options: { scales: { y: { beginAtZero: true } } } }),
      table(t('item.cost-per-resolution.table'), [
        { label: t('dashboard.period'), value: (p) => p.period.label },
        { label: t('item.cost-per-resolution.resolutions'), value: (p) => String(p.metrics.measures.realResolutions), num: true },
        { label: t('item.cost-per-resolution.cost'), value: (p) => money(p.metrics.measures.totalCost), num: true },
        { label: t('item.cost-per-resolution.plain'), value: (p) => money(p.metrics.costPerResolution), num: true },
        { label: t('item.cost-per-resolution.loaded'), value: (p) => money(p.metrics.fullyLoadedCostPerResolution), num: true },
        { label: t('item.cost-per-resolution.per.contact'), value: (p) => money(p.metrics.costPerContact), num: true },
      ], trend.points, { collapsed: true, testid: 'trend-table' }));
  },
};

const costBreakdown = {
  defaults: { axis: 'category' },
  config: { period: true, filters: true, extra: [
    { label: t('config.axis'), path: 'axis', type: 'select', options: AXES.map((a) => ({ value: a, label: t('dimension.' + a) })) }] },
  load: async (api, config) => (await api.get(metricsPath(config, 'costs'), { ...rangeQuery(config), axis: config.axis })).data,
  isEmpty: (b) => !b.shares?.some((s) => amount(s.cost)),
  render(b, config) {
    const shares = b.shares.filter((s) => amount(s.cost));
    const label = (s) => (config.axis === 'category' ? tValue('category', s.key) : s.key);
    return h('div', {},
      h('p', { class: 'bp-headline' }, h('span', { class: 'bp-big', 'data-testid': 'ticket-cost' }, money(b.ticketCost)), ' ',
        amount(b.unallocatedOverhead) ? t('item.cost-breakdown.overhead', money(b.unallocatedOverhead)) : ''),
      coveredLine(b.covered),
      chartBox(t('item.cost-breakdown.chart'), { type: 'doughnut', data: {
        labels: shares.map(label),
        datasets: [{ data: shares.map((s) => amount(s.cost)), backgroundColor: shares.map((_, i) => series('', [], i).backgroundColor) }],
      }, options: { plugins: { legend: { position: 'right' } } } }),
      table(t('item.cost-breakdown.table'), [
        { label: t('dimension.' + config.axis), value: label },
        { label: t('item.cost-breakdown.cost'), value: (s) => money(s.cost), num: true },
        { label: t('item.cost-breakdown.share'), value: (s) => fractionPercent(s.share), num: true },
      ], b.shares, { testid: 'breakdown-table' }));
  },
};

const budget = {
  defaults: { level: 'month' },
  emptyOn: [404],
  config: { extra: [
    { label: t('config.fiscal.year'), path: 'fiscalYear', type: 'number', help: t('config.fiscal.year.help') },
    { label: t('config.level'), path: 'level', type: 'select', options: LEVELS.map((l) => ({ value: l, label: t('config.level.' + l) })) }] },
  load: async (api, config) => (await api.get(metricsPath(config, 'budget'), { fiscalYear: config.fiscalYear, level: config.level })).data,
  isEmpty: (r) => !r.rows?.length,
  render(r) {
    const measures = MEASURES.filter((m) => r.rows.some((row) => row.measure === m));
    const select = h('select', { class: 'select', id: `bp-measure-${Math.random().toString(36).slice(2, 8)}`, 'data-testid': 'measure' },
      measures.map((m) => h('option', { value: m }, tValue('measure', m))));
    const view = h('div', {});
    const draw = () => {
      const measure = select.value;
      const rows = r.rows.filter((row) => row.measure === measure);
      const scale = measure === 'FCR' ? 100 : 1;
      const value = (v) => (v === null || v === undefined ? null : Number(v) * scale);
      for (const box of view.querySelectorAll('.bp-chart')) box.bpChart?.destroy();
      view.replaceChildren(
        chartBox(t('item.budget.chart', tValue('measure', measure)), { type: 'bar', data: {
          labels: rows.map((row) => row.period.label),
          datasets: [series(t('item.budget.target'), rows.map((row) => value(row.target)), 6),
            series(t('item.budget.actual'), rows.map((row) => value(row.actual)), 0)],
        }, options: { scales: { y: { beginAtZero: true } } } }),
        table(t('item.budget.table'), [
          { label: t('dashboard.period'), value: (row) => row.period.label },
          { label: t('item.budget.target'), value: (row) => formatMeasure(measure, row.target), num: true },
          { label: t('item.budget.actual'), value: (row) => formatMeasure(measure, row.actual), num: true },
          { label: t('item.budget.variance'), value: (row) => formatMeasure(measure, row.variance), num: true },
          { label: t('item.budget.variance.percent'), value: (row) => percent(row.variancePercent), num: true },
          { label: t('item.budget.status'), value: (row) => lozenge(tValue('variance', row.status), varianceLozenge(measure, row.status)) },
        ], rows, { testid: 'budget-table' }));
      for (const box of view.querySelectorAll('.bp-chart')) if (box.isConnected) box.bpMake();
    };
    select.addEventListener('change', draw);
    draw();
    return h('div', {},
      h('p', { class: 'bp-muted' }, t('item.budget.year', r.year.number, dateTime(r.year.start), dateTime(r.year.end), number(r.tolerancePercent, 1))),
      h('div', { class: 'aui bp-inline-field' }, h('label', { for: select.id }, t('item.budget.measure')), ' ', select),
      view);
  },
};

const MEASURES = ['COST', 'COST_PER_RESOLUTION', 'FCR', 'CSAT'];
/** FCR and CSAT are better above target, cost below it. */
const HIGHER_IS_BETTER = new Set(['FCR', 'CSAT']);

function formatMeasure(measure, v) {
  if (v === null || v === undefined) return '';
  return measure === 'FCR' ? fractionPercent(v) : number(v, 2);
}

function varianceLozenge(measure, status) {
  if (status === 'ON_TARGET') return 'success';
  if (status === 'OVER') return HIGHER_IS_BETTER.has(measure) ? 'success' : 'removed';
  if (status === 'UNDER') return HIGHER_IS_BETTER.has(measure) ? 'removed' : 'success';
  return null;
}

const anomalies = {
  defaults: { pageSize: '10' },
  config: { filters: true, extra: [
    { label: t('config.page.size'), path: 'pageSize', type: 'select', options: ['10', '25', '50'] }] },
  async load(api, config, el) {
    const offset = el.bpOffset || 0;
    return (await api.get(metricsPath(config, 'anomalies'), { ...filterQuery(config), offset, limit: config.pageSize })).data;
  },
  isEmpty: (page) => !page.total,
  render(page, config, { reload, el }) {
    const link = (key) => {
      const template = el.closest('[data-issue-url]')?.getAttribute('data-issue-url')
        || `${typeof globalThis.AJS?.contextPath === 'function' ? AJS.contextPath() : ''}/browse/{key}`;
      return h('a', { href: template.replace('{key}', encodeURIComponent(key)) }, key);
    };
    const go = (offset) => { el.bpOffset = Math.max(0, offset); reload(); };
    const last = page.offset + page.items.length;
    return h('div', {},
      table(t('item.anomalies.table'), [
        { label: t('item.anomalies.issue'), value: (a) => link(a.issueKey) },
        { label: t('item.anomalies.request.type'), value: (a) => a.requestType || '' },
        { label: t('item.anomalies.resolved'), value: (a) => dateTime(a.resolvedAt) },
        { label: t('item.anomalies.labour'), value: (a) => hours(a.labourSeconds), num: true },
        { label: t('item.anomalies.mean'), value: (a) => hours(a.baselineMeanSeconds), num: true },
        { label: t('item.anomalies.ratio'), value: (a) => `${number(a.ratio, 1)} ×`, num: true },
        { label: t('item.anomalies.sample'), value: (a) => String(a.baselineSize), num: true },
      ], page.items, { testid: 'anomalies-table' }),
      h('nav', { class: 'bp-pager', 'aria-label': t('item.anomalies.pages') },
        button(t('item.anomalies.previous'), () => go(page.offset - page.limit), { attrs: { disabled: page.offset === 0, 'data-action': 'previous' } }), ' ',
        h('span', { 'data-testid': 'page-range' }, t('item.anomalies.range', page.offset + 1, last, page.total)), ' ',
        button(t('item.anomalies.next'), () => go(page.offset + page.limit), { attrs: { disabled: last >= page.total, 'data-action': 'next' } })));
  },
};

const roi = {
  config: { extra: [{ label: t('config.month'), path: 'month', type: 'month', help: t('config.month.help') }] },
  load: async (api, config) => withDataAge(await api.get(metricsPath(config, 'roi'), { month: config.month })),
  isEmpty: (r) => !amount(r.cost?.ticketCost) && !amount(r.cost?.unallocatedOverhead),
  render(r) {
    const res = r.result;
    const internal = res.value !== undefined;
    const row = (label, value, testid) => h('tr', { 'data-testid': testid }, h('th', { scope: 'row' }, label), h('td', { class: 'bp-num' }, value));
    const inputs = internal ? [
      row(t('item.roi.downtime.baseline'), money(res.baselineDowntimeCost)),
      row(t('item.roi.downtime.actual'), money(res.actualDowntimeCost)),
      row(t('item.roi.downtime.saving'), money(res.downtimeSaving)),
      row(t('item.roi.shift.left', res.shiftLeftTickets), money(res.shiftLeftSaving)),
      row(t('item.roi.value'), money(res.value), 'value'),
      row(t('item.roi.employee.cost'), money(res.employeeHourlyCost)),
      row(t('item.roi.tickets.counted'), `${res.ticketsCounted} (${t('item.roi.without.baseline', res.ticketsWithoutBaseline)})`),
    ] : [
      row(t('item.roi.ratings'), String(res.ratings)),
      row(t('item.roi.customers'), t('item.roi.customers.detail', res.ratedCustomers, res.loyalCustomers, res.disloyalCustomers)),
      row(t('item.roi.thresholds'), t('item.roi.thresholds.detail', number(res.loyalThreshold), number(res.disloyalThreshold), tValue('satisfaction', res.satisfactionMethod))),
      row(t('item.roi.discount.rate'), fractionPercent(res.discountRate)),
      row(t('item.roi.gain'), money(res.gain), 'gain'),
      row(t('item.roi.loss'), money(res.loss), 'loss'),
      row(t('item.roi.net'), money(res.net), 'net'),
    ];
    return h('div', { class: 'bp-roi' },
      h('div', { class: 'bp-roi-result' },
        h('p', { class: 'bp-headline' }, h('span', { class: 'bp-big', 'data-testid': 'roi-percent' },
          res.roiPercent === null ? t('item.roi.none') : percent(res.roiPercent)), ' ',
          t(internal ? 'item.roi.model.internal' : 'item.roi.model.customer', r.month)),
        h('p', { class: 'bp-muted' }, t(internal ? 'item.roi.formula.internal' : 'item.roi.formula.customer')),
        chartBox(t('item.roi.chart'), { type: 'bar', data: {
          labels: internal ? [t('item.roi.value'), t('item.roi.cost')] : [t('item.roi.gain'), t('item.roi.loss'), t('item.roi.net'), t('item.roi.cost')],
          datasets: [{ label: r.month, data: (internal ? [res.value, res.cost] : [res.gain, res.loss, res.net, res.cost]).map(amount),
            backgroundColor: internal ? ['#36B37E', '#6B778C'] : ['#36B37E', '#FF5630', '#0052CC', '#6B778C'] }],
        }, options: { plugins: { legend: { display: false } } } }, { height: 180 })),
      h('table', { class: 'aui bp-roi-inputs', 'data-testid': 'roi-inputs' },
        h('caption', {}, t('item.roi.inputs')),
        h('tbody', {}, inputs,
          row(t('item.roi.ticket.cost'), money(r.cost.ticketCost)),
          row(t('item.roi.unallocated'), money(r.cost.unallocatedOverhead)),
          row(t('item.roi.cost'), money(res.cost), 'cost'))),
      internal ? null : table(t('item.roi.tiers'), [
        { label: t('item.roi.tier'), value: (o) => o.tier },
        { label: t('item.roi.clv'), value: (o) => (o.valued ? money(o.clv) : t('item.roi.not.valued')), num: true },
        { label: t('item.roi.loyal'), value: (o) => String(o.loyalCustomers), num: true },
        { label: t('item.roi.neutral'), value: (o) => String(o.neutralCustomers), num: true },
        { label: t('item.roi.disloyal'), value: (o) => String(o.disloyalCustomers), num: true },
        { label: t('item.roi.gain'), value: (o) => money(o.gain), num: true },
        { label: t('item.roi.loss'), value: (o) => money(o.loss), num: true },
      ], res.tiers || [], { collapsed: true, testid: 'tiers-table' }));
  },
};

const balancePoint = {
  defaults: { period: 'last-12-months' },
  config: { period: true, filters: true },
  load: async (api, config) => withDataAge(await api.get(metricsPath(config, 'balance-point'), rangeQuery(config))),
  isEmpty: (r) => !r.overall?.tickets,
  render(r) {
    const curves = [r.overall, ...(r.byTier || [])];
    const select = h('select', { class: 'select', id: `bp-curve-${Math.random().toString(36).slice(2, 8)}` },
      curves.map((c, i) => h('option', { value: String(i) }, c.overall ? t('item.balance-point.all') : c.tier)));
    const view = h('div', {});
    const draw = () => {
      const curve = curves[Number(select.value)];
      for (const box of view.querySelectorAll('.bp-chart')) box.bpChart?.destroy();
      view.replaceChildren(
        h('p', { class: 'bp-headline', 'data-testid': 'balance-point' }, curve.balancePointDecile
          ? t('item.balance-point.at', curve.balancePointDecile, money(curve.balancePointMeanCost))
          : t('item.balance-point.none')),
        chartBox(t('item.balance-point.chart'), { type: 'line', data: {
          labels: curve.deciles.map((d) => String(d.decile)),
          datasets: [series(t('item.balance-point.mean.cost'), curve.deciles.map((d) => amount(d.meanCost)), 0, { yAxisID: 'y' }),
            series(t('item.balance-point.benefit'), curve.deciles.map((d) => amount(d.benefit)), 1, { yAxisID: 'y1' }),
            series(t('item.balance-point.satisfaction'), curve.deciles.map((d) => (d.meanSatisfactionIndex === null ? null : Number(d.meanSatisfactionIndex))), 2, { yAxisID: 'y2', borderDash: [4, 4] })],
        }, options: { scales: { x: { title: { display: true, text: t('item.balance-point.decile') } },
          y: { position: 'left', beginAtZero: true }, y1: { position: 'right', grid: { drawOnChartArea: false } }, y2: { display: false, min: 0, max: 100 } } } }),
        table(t('item.balance-point.table'), [
          { label: t('item.balance-point.decile'), value: (d) => String(d.decile) },
          { label: t('item.balance-point.tickets'), value: (d) => String(d.tickets), num: true },
          { label: t('item.balance-point.mean.cost'), value: (d) => money(d.meanCost), num: true },
          { label: t('item.balance-point.satisfaction'), value: (d) => number(d.meanSatisfactionIndex, 1), num: true },
          { label: t('item.balance-point.loyal'), value: (d) => percent(d.loyalPercent), num: true },
          { label: t('item.balance-point.disloyal'), value: (d) => percent(d.disloyalPercent), num: true },
          { label: t('item.balance-point.benefit'), value: (d) => money(d.benefit), num: true },
          { label: t('item.balance-point.marginal'), value: (d) => number(d.marginalBenefitPerCost, 2), num: true },
        ], curve.deciles, { collapsed: true, testid: 'deciles-table' }));
      for (const box of view.querySelectorAll('.bp-chart')) if (box.isConnected) box.bpMake();
    };
    select.addEventListener('change', draw);
    draw();
    return h('div', {},
      h('div', { class: 'aui bp-inline-field' }, h('label', { for: select.id }, t('item.balance-point.curve')), ' ', select),
      view);
  },
};

/** Every item by its data-item name. */
export const ITEMS = {
  roi,
  fcr,
  'cost-per-resolution': costPerResolution,
  'cost-breakdown': costBreakdown,
  budget,
  anomalies,
  'balance-point': balancePoint,
};
