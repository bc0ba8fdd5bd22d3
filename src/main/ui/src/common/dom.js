// Small DOM builder. Text always goes in as text nodes, never as markup, so nothing a user or
// the API wrote can become HTML.

/**
 * Creates an element: h('button', {class: 'aui-button', onclick: fn, 'data-x': 1}, 'text', child).
 * Attribute values of null/undefined/false are left out; on* functions become listeners; `dataset`
 * and `style` objects are assigned; children may be strings, numbers, nodes, arrays or null.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'dataset' || name === 'style') {
      Object.assign(el[name], value);
    } else if (name === 'value' || name === 'checked' || name === 'selected') {
      el[name] = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the element's content. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let counter = 0;
/** A page-unique id for label/for pairs. */
export function uid(prefix = 'bp') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Runs fn once the DOM is parsed. */
export function onReady(fn) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn, { once: true });
  else fn();
}
