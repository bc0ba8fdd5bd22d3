// Bundle balance-point-dashboard.js: the team leads' dashboard items. Each item's class is defined as
// an AMD module for Jira's dashboard (the <amd-module> of its <dashboard-item>) and offered as
// window.BalancePoint.dashboardItems[name] to hosts without an AMD loader (the workbench).
import './texts.js'; // first: the viewer's language in Jira, the bundled English elsewhere
import { ITEMS } from './items.js';
import { AMD_PREFIX, dashboardItemClass } from './module.js';
import { decodePreferences, encodePreferences } from './preferences.js';

const registry = (globalThis.BalancePoint ||= {});
registry.dashboardItems ||= {};
registry.dashboardPreferences = { encode: encodePreferences, decode: decodePreferences };
for (const name of Object.keys(ITEMS)) {
  const itemClass = dashboardItemClass(name);
  registry.dashboardItems[name] = itemClass;
  if (typeof globalThis.define === 'function') globalThis.define(AMD_PREFIX + name, [], () => itemClass);
}
