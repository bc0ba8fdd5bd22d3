// The dashboard items as Jira's client-side dashboard items: one class per item, registered as the
// AMD module its <dashboard-item> names in <amd-module>. Jira constructs it with the item's API and
// calls render(context, preferences) for the view and renderEdit(context, preferences) for the
// configuration; the workbench hosts the same classes with an API of its own.
import { renderItem } from './item.js';
import { decodePreferences, encodePreferences } from './preferences.js';

/** Module names are this prefix plus the item's name, e.g. balance-point/dashboard-item/roi. */
export const AMD_PREFIX = 'balance-point/dashboard-item/';

/** The dashboard item class of item `name`. */
export function dashboardItemClass(name) {
  return class BalancePointDashboardItem {
    /** @param api the host's dashboard item API (savePreferences, isEditable, closeEdit, resize, loading bar) */
    constructor(api) {
      this.api = api;
    }

    /** The item's view with its saved configuration (the configuration form when it has none and may edit). */
    render(context, preferences) {
      return this.show(context, preferences, false);
    }

    /** The item with its configuration form open. */
    renderEdit(context, preferences) {
      return this.show(context, preferences, true);
    }

    show(context, preferences, editing) {
      const api = this.api;
      const root = elementOf(context);
      const { config, problem } = decodePreferences(preferences);
      if (problem) console.warn(`Balance Point dashboard item ${name}: ${problem}; showing its configuration`);
      const el = document.createElement('div');
      el.setAttribute('data-item', name);
      root.replaceChildren(el);
      return renderItem(el, {
        config: config || {},
        editable: typeof api.isEditable === 'function' ? api.isEditable() !== false : true,
        editing,
        save: (next) => {
          api.savePreferences(encodePreferences(next));
          // Back to the view with what was saved (a host that re-renders itself draws the same).
          api.closeEdit?.();
        },
        cancel: () => api.closeEdit?.(),
        loading: (busy) => (busy ? api.showLoadingBar?.() : api.hideLoadingBar?.()),
        resized: () => api.resize?.(),
      });
    }
  };
}

/** Jira passes a jQuery-wrapped element, the workbench a plain one. */
function elementOf(context) {
  const el = context && context.jquery ? context[0] : context;
  if (!el || typeof el.replaceChildren !== 'function') throw new Error('a dashboard item needs an element to render into');
  return el;
}
