// The settings sections edited through the settings document (docs/settings.md names each field).
import { t, tValue } from '../common/i18n.js';
import { bool, date, decimal, group, integer, list, mapOf, month, nullableText, select, stack, tableOf, text, time } from './editor.js';

const enumSelect = (key, label, values, prefix, o = {}) => select(key, label, values, { optionLabel: (v) => tValue(prefix, v), ...o });

export const channels = [
  tableOf('channels.channels', t('admin.channels.channels'), [
    text('id', t('admin.channels.id')),
    text('displayName', t('admin.channels.name')),
    decimal('standardHandleMinutes', t('admin.channels.standard.minutes')),
  ], () => ({ id: '', displayName: '', standardHandleMinutes: null }), { help: t('admin.channels.standard.help') }),
  tableOf('channels.contactCosts', t('admin.channels.contact.costs'), [
    text('channelId', t('admin.channels.id')),
    decimal('costPerContact', t('admin.channels.cost.per.contact')),
    date('from', t('admin.from')),
    date('until', t('admin.until')),
  ], () => ({ channelId: '', costPerContact: null, from: null, until: null }), { help: t('admin.channels.contact.help') }),
];

export const overhead = [
  tableOf('overhead.rules', t('admin.overhead.rules'), [
    nullableText('projectKey', t('admin.project.or.all')),
    decimal('upliftPercent', t('admin.overhead.uplift')),
    decimal('perResolvedTicket', t('admin.overhead.per.ticket')),
    date('from', t('admin.from')),
    date('until', t('admin.until')),
  ], () => ({ projectKey: null, upliftPercent: null, perResolvedTicket: null, from: null, until: null }), { help: t('admin.overhead.rules.help') }),
  tableOf('overhead.periodOverheads', t('admin.overhead.period'), [
    text('projectKey', t('admin.project')),
    month('month', t('admin.month')),
    decimal('amount', t('admin.amount')),
    nullableText('note', t('admin.note')),
  ], () => ({ projectKey: '', month: null, amount: null, note: null }), { help: t('admin.overhead.period.help') }),
];

export const fcr = [
  group('fcr', t('admin.fcr.policy.title'), [
    enumSelect('policy', t('admin.fcr.policy'), ['ONE_TOUCH', 'ZERO_FOLLOW_UPS', 'ONE_BUSINESS_HOUR'], 'fcr.policy'),
    bool('net', t('admin.fcr.net')),
    list('notFirstLevelRequestTypes', t('admin.fcr.not.first.level')),
    list('excludedResolutions', t('admin.fcr.excluded')),
    integer('reopenWindowDays', t('admin.fcr.reopen.window')),
    list('businessHourChannels', t('admin.fcr.business.hour.channels')),
  ]),
  group('anomalies', t('admin.anomalies.title'), [
    decimal('k', t('admin.anomalies.k'), { help: t('admin.anomalies.k.help') }),
    integer('windowDays', t('admin.anomalies.window')),
    integer('minimumSampleSize', t('admin.anomalies.sample')),
  ]),
];

export const tiers = [
  group('tiering', t('admin.tiers.title'), [
    list('tiers', t('admin.tiers.tiers'), { help: t('admin.tiers.tiers.help') }),
    text('defaultTier', t('admin.tiers.default')),
    tableOf('customerOverrides', t('admin.tiers.overrides'), [text('customerKey', t('admin.customer')), text('tier', t('admin.tier'))],
      () => ({ customerKey: '', tier: '' })),
    tableOf('organisationTiers', t('admin.tiers.organisations'), [text('organisation', t('admin.organisation')), text('tier', t('admin.tier'))],
      () => ({ organisation: '', tier: '' })),
    group('rfm', t('admin.rfm.title'), [
      bool('enabled', t('admin.rfm.enabled')),
      integer('lookbackDays', t('admin.rfm.lookback')),
      enumSelect('monetary.kind', t('admin.rfm.monetary'), ['CUSTOMER_VALUE', 'ORGANISATION_ATTRIBUTE'], 'rfm.monetary'),
      nullableText('monetary.attributeName', t('admin.rfm.attribute')),
      tableOf('monetary.customerValues', t('admin.rfm.customer.values'), [text('customerKey', t('admin.customer')), decimal('value', t('admin.rfm.value'))],
        () => ({ customerKey: '', value: null })),
      tableOf('thresholds', t('admin.rfm.thresholds'), [integer('minScore', t('admin.rfm.min.score')), text('tier', t('admin.tier'))],
        () => ({ minScore: null, tier: '' }), { help: t('admin.rfm.thresholds.help') }),
    ]),
  ]),
];

export const routing = [
  group('routing', t('admin.routing.title'), [
    list('supportTiers', t('admin.routing.support.tiers'), { help: t('admin.routing.support.tiers.help') }),
    text('fallbackSupportTier', t('admin.routing.fallback')),
    tableOf('rules', t('admin.routing.rules'), [
      stack(t('admin.routing.rule'), [
        text('id', t('admin.routing.rule.id')),
        text('name', t('admin.routing.rule.name')),
        bool('enabled', t('admin.routing.rule.enabled')),
      ]),
      stack(t('admin.routing.conditions'), [
        list('conditions.customerTiers', t('admin.routing.customer.tiers')),
        list('conditions.requestTypes', t('admin.routing.request.types')),
        list('conditions.channels', t('admin.routing.channels')),
        list('conditions.priorities', t('admin.routing.priorities')),
        list('conditions.organisations', t('admin.routing.organisations')),
      ]),
      stack(t('admin.routing.action'), [
        text('action.supportTier', t('admin.routing.action.tier')),
        nullableText('action.assigneeGroup', t('admin.routing.action.group')),
        enumSelect('action.strategy', t('admin.routing.action.strategy'), ['LEAST_OPEN', 'ROUND_ROBIN', 'UNASSIGNED'], 'routing.strategy'),
        nullableText('action.label', t('admin.routing.action.label')),
      ]),
    ], () => ({ id: '', name: '', enabled: true,
      conditions: { customerTiers: [], requestTypes: [], channels: [], priorities: [], organisations: [] },
      action: { supportTier: '', assigneeGroup: null, strategy: 'UNASSIGNED', label: null, setField: null } }),
    { orderable: true, help: t('admin.routing.rules.help') }),
    group('escalation', t('admin.routing.escalation'), [
      integer('followUpThreshold', t('admin.routing.follow.up.threshold')),
      bool('escalateOnReopen', t('admin.routing.escalate.reopen')),
      bool('allowManual', t('admin.routing.allow.manual')),
    ]),
  ]),
];

export const roi = [
  group('roi', t('admin.roi.title'), [
    tableOf('tierValues', t('admin.roi.tier.values'), [
      text('tier', t('admin.tier')), decimal('yearlyProfit', t('admin.roi.yearly.profit')), integer('loyaltyYears', t('admin.roi.loyalty.years')),
    ], () => ({ tier: '', yearlyProfit: null, loyaltyYears: null })),
    integer('defaultLoyaltyYears', t('admin.roi.default.loyalty')),
    decimal('discountRate', t('admin.roi.discount.rate'), { help: t('admin.roi.discount.rate.help') }),
    enumSelect('satisfactionMethod', t('admin.roi.satisfaction.method'), ['LINEAR', 'PERCENT_OF_MAX', 'TOP_TWO_BOX'], 'satisfaction'),
    decimal('loyalThreshold', t('admin.roi.loyal.threshold')),
    decimal('disloyalThreshold', t('admin.roi.disloyal.threshold')),
    group('internalDesk', t('admin.roi.internal'), [
      list('projectKeys', t('admin.roi.internal.projects')),
      decimal('employeeHourlyCost', t('admin.roi.employee.cost')),
      mapOf('impactSharePercentByPriority', t('admin.roi.impact'), t('admin.priority'), decimal('', t('admin.percent'))),
      mapOf('targetResolutionHoursByPriority', t('admin.roi.target.hours'), t('admin.priority'), decimal('', t('admin.hours'))),
      mapOf('baselineSupportTierByRequestType', t('admin.roi.baseline.tier'), t('admin.request.type'), text('', t('admin.support.tier'))),
    ]),
    mapOf('channelSatisfactionChange', t('admin.roi.channel.satisfaction'), t('admin.channel'), decimal('', t('admin.points'))),
  ]),
];

const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export const budgets = [
  group('budgets', t('admin.budgets.title'), [
    group('fiscalCalendar', t('admin.budgets.fiscal'), [
      enumSelect('mode', t('admin.budgets.mode'), ['CALENDAR_MONTHS', 'WEEKS_445', 'WEEKS_454', 'WEEKS_544'], 'fiscal.mode'),
      enumSelect('firstMonth', t('admin.budgets.first.month'), MONTHS, 'month'),
      enumSelect('weekStartDay', t('admin.budgets.week.start'), DAYS, 'day'),
    ]),
    enumSelect('timeWeighting', t('admin.budgets.weighting'), ['WORKING_DAYS', 'CALENDAR_DAYS', 'EQUAL'], 'weighting'),
    tableOf('projects', t('admin.budgets.projects'), [
      text('projectKey', t('admin.project')),
      integer('fiscalYear', t('admin.budgets.fiscal.year')),
      decimal('costBudget', t('admin.budgets.cost')),
      decimal('targetCostPerResolution', t('admin.budgets.cpr')),
      decimal('targetFcr', t('admin.budgets.fcr')),
      decimal('targetCsat', t('admin.budgets.csat')),
      { kind: 'shares', key: 'shares', label: t('admin.budgets.shares') },
    ], () => ({ projectKey: '', fiscalYear: new Date().getFullYear(), costBudget: null, targetCostPerResolution: null, targetFcr: null, targetCsat: null, shares: [] }),
    { help: t('admin.budgets.projects.help') }),
  ]),
  group('workingTime', t('admin.working.title'), [
    text('timeZone', t('admin.working.zone')),
    list('workingDays', t('admin.working.days'), { help: t('admin.working.days.help') }),
    time('dayStart', t('admin.working.start')),
    time('dayEnd', t('admin.working.end')),
    list('holidays', t('admin.working.holidays'), { help: t('admin.working.holidays.help') }),
  ]),
];

export const visibility = [
  group('visibility', t('admin.visibility.title'), [
    list('financeGroups', t('admin.visibility.finance')),
    list('teamLeadGroups', t('admin.visibility.team.lead.groups')),
    list('teamLeadProjectRoles', t('admin.visibility.team.lead.roles')),
    list('rateViewerGroups', t('admin.visibility.rate.viewers')),
    bool('agentsSeeTicketCost', t('admin.visibility.agents.see')),
    bool('agentsAddDirectCosts', t('admin.visibility.agents.add')),
  ], { help: t('admin.visibility.help') }),
];

export const general = [
  text('baseCurrency', t('admin.base.currency'), { help: t('admin.base.currency.help') }),
  tableOf('rates.agentTiers', t('admin.rates.agent.tiers'), [
    text('userKey', t('admin.user')), text('tier', t('admin.tier')), date('from', t('admin.from')), date('until', t('admin.until')),
  ], () => ({ userKey: '', tier: '', from: null, until: null }), { help: t('admin.rates.agent.tiers.help') }),
];
