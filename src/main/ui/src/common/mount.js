// window.BalancePoint.mount(root): renders every [data-bp-view] element under root with the
// views registered by the loaded bundles. Each bundle registers its views and mounts on DOM ready.
import { onReady } from './dom.js';

const registry = (globalThis.BalancePoint ||= { views: {} });
registry.views ||= {};

/** Registers the renderer of one data-bp-view value. */
export function registerView(name, render) {
  registry.views[name] = render;
  registry.mount = mount;
  onReady(() => mount(document));
}

/** Renders each not yet mounted [data-bp-view] element under root (root itself included). */
export function mount(root = document) {
  const elements = [];
  if (root.matches?.('[data-bp-view]')) elements.push(root);
  elements.push(...root.querySelectorAll('[data-bp-view]'));
  for (const el of elements) {
    const render = registry.views[el.getAttribute('data-bp-view')];
    if (!render || el.bpMounted) continue;
    el.bpMounted = true;
    el.classList.add('bp-view');
    Promise.resolve().then(() => render(el)).catch((e) => {
      el.setAttribute('data-state', 'error');
      console.error('Balance Point view failed', e);
    });
  }
}
