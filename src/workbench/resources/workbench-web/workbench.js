// The workbench's page chrome (not part of the plugin): navigation, "act as" user switcher, the
// sample-desk load progress, and the setup of each page's Balance Point views before they mount.
// A classic script loaded before the UI bundles, so it runs before they mount on DOM ready.
(function () {
  'use strict';

  var SECTIONS = [
    ['rates', 'Rates'], ['channels', 'Channels'], ['overhead', 'Overhead'], ['fcr', 'FCR policy'], ['tiers', 'Tiers and RFM'],
    ['routing', 'Routing'], ['roi', 'ROI'], ['budgets', 'Budgets'], ['visibility', 'Visibility'],
    ['recalculation', 'Recalculation and audit'], ['import-export', 'Export and import'],
  ];
  var ITEMS = ['roi', 'fcr', 'cost-per-resolution', 'cost-breakdown', 'budget', 'anomalies', 'balance-point'];

  function json(method, url, body) {
    var init = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.headers['X-Atlassian-Token'] = 'no-check';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.json();
    });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function param(name) {
    return new URLSearchParams(location.search).get(name);
  }

  /** The header every page shares: home, dashboard, admin, and the user switcher. */
  function header() {
    var header = document.getElementById('bp-wb-header');
    if (!header) return;
    var nav = el('nav', { class: 'bp-wb-nav', 'aria-label': 'Workbench' });
    var primary = el('div', { class: 'bp-wb-primary' });
    var logo = el('span', { class: 'bp-wb-logo' });
    logo.append(el('a', { href: 'index.html' }, 'Balance Point workbench'));
    var links = el('ul', { class: 'bp-wb-links' });
    [['index.html', 'Tickets'], ['dashboard.html', 'Dashboard'], ['admin.html', 'Admin']].forEach(function (l) {
      var li = el('li');
      var a = el('a', { href: l[0] }, l[1]);
      if (location.pathname.endsWith('/' + l[0]) || (l[0] === 'index.html' && location.pathname.endsWith('/'))) a.setAttribute('aria-current', 'page');
      li.append(a);
      links.append(li);
    });
    primary.append(logo, links);
    var secondary = el('div', { class: 'bp-wb-secondary' });
    secondary.append(el('div', { id: 'bp-user-switcher', class: 'bp-wb-user' }));
    nav.append(primary, secondary);
    header.append(nav);
  }

  /** "Act as": the demo users; choosing one sets the workbench's bp-user cookie and reloads. */
  function userSwitcher() {
    var box = document.getElementById('bp-user-switcher');
    if (!box) return;
    var select = el('select', { id: 'bp-user', class: 'select', 'aria-describedby': 'bp-user-current' });
    var label = el('label', { for: 'bp-user' }, 'Act as ');
    var current = el('span', { id: 'bp-user-current', class: 'bp-wb-muted', 'aria-live': 'polite' });
    box.append(label, select, ' ', current);
    Promise.all([json('GET', '/workbench/api/users'), json('GET', '/workbench/api/me')]).then(function (answers) {
      var users = answers[0];
      var me = answers[1];
      select.append(el('option', { value: '' }, '(nobody: anonymous)'));
      users.forEach(function (u) {
        var option = el('option', { value: u.key }, u.name + ' (' + u.role + ')');
        if (me && me.key === u.key) option.selected = true;
        select.append(option);
      });
      current.textContent = me && me.key ? 'Signed in as ' + (me.name || me.key) + (me.role ? ', ' + me.role : '') : 'Not signed in';
      document.body.setAttribute('data-user', me && me.key ? me.key : '');
    }).catch(function (e) { current.textContent = 'Users unavailable: ' + e.message; });
    select.addEventListener('change', function () {
      json('POST', '/workbench/api/act-as', { user: select.value || null })
        .then(function () { location.reload(); })
        .catch(function (e) { current.textContent = 'Could not switch: ' + e.message; });
    });
  }

  /** The progress of the sample desk load (or an import), polled until finished. */
  function loadProgress() {
    var box = document.getElementById('bp-load');
    if (!box) return;
    var bar = box.querySelector('progress');
    var text = box.querySelector('.bp-load-text');
    function poll() {
      json('GET', '/workbench/api/load').then(function (load) {
        var total = load.total > 0 ? load.total : 1;
        bar.max = total;
        bar.value = Math.min(load.done, total);
        var percent = Math.round(100 * Math.min(load.done, total) / total);
        box.setAttribute('data-finished', load.finished ? 'true' : 'false');
        text.textContent = load.finished ? 'Sample data loaded (' + load.done + ' of ' + load.total + ').'
          : (load.phase || 'Loading') + ': ' + load.done + ' of ' + load.total + ' (' + percent + ' %)';
        if (!load.finished) setTimeout(poll, 1000);
      }).catch(function (e) {
        text.textContent = 'Load status unavailable: ' + e.message;
        box.setAttribute('data-finished', 'unknown');
      });
    }
    poll();
  }

  function indexPage() {
    var list = document.getElementById('bp-admin-links');
    if (list) {
      SECTIONS.forEach(function (s) {
        var li = el('li');
        li.append(el('a', { href: 'admin.html?section=' + s[0] }, s[1]));
        list.append(li);
      });
    }
    var tickets = document.getElementById('bp-tickets');
    if (!tickets) return;
    var projectSelect = document.getElementById('bp-project');
    var pageSize = 20;
    var page = 0;
    function show() {
      var project = projectSelect.value;
      tickets.setAttribute('data-state', 'loading');
      json('GET', '/workbench/api/tickets?project=' + encodeURIComponent(project) + '&page=' + page + '&size=' + pageSize).then(function (answer) {
        var body = tickets.querySelector('tbody');
        body.replaceChildren();
        answer.items.forEach(function (t) {
          var tr = el('tr');
          var th = el('th', { scope: 'row' });
          th.append(el('a', { href: 'ticket.html?key=' + encodeURIComponent(t.key) }, t.key));
          tr.append(th, el('td', {}, t.summary || ''), el('td', {}, t.requestType || ''));
          body.append(tr);
        });
        var range = document.getElementById('bp-tickets-range');
        range.textContent = answer.total ? (page * pageSize + 1) + '–' + (page * pageSize + answer.items.length) + ' of ' + answer.total : 'No tickets.';
        document.getElementById('bp-tickets-previous').disabled = page === 0;
        document.getElementById('bp-tickets-next').disabled = (page + 1) * pageSize >= answer.total;
        tickets.setAttribute('data-state', answer.total ? 'ready' : 'empty');
      }).catch(function (e) {
        tickets.setAttribute('data-state', 'error');
        document.getElementById('bp-tickets-range').textContent = e.message;
      });
    }
    document.getElementById('bp-tickets-previous').addEventListener('click', function () { page = Math.max(0, page - 1); show(); });
    document.getElementById('bp-tickets-next').addEventListener('click', function () { page += 1; show(); });
    projectSelect.addEventListener('change', function () { page = 0; show(); });
    json('GET', '/workbench/api/projects').then(function (projects) {
      projects.forEach(function (p) { projectSelect.append(el('option', { value: p.key }, p.key + ' — ' + p.name)); });
      show();
    }).catch(function (e) { document.getElementById('bp-tickets-range').textContent = e.message; });
  }

  function ticketPage() {
    var panel = document.getElementById('bp-ticket-panel');
    if (!panel) return;
    var key = param('key') || '';
    panel.setAttribute('data-issue-key', key);
    document.getElementById('bp-ticket-key').textContent = key || '(no ticket chosen)';
    document.title = key + ' — Balance Point workbench';
  }

  /**
   * The workbench's side of Jira's dashboard item API: what a client-side dashboard item gets to
   * save its preferences (per user, on the server) and to talk to the dashboard. Jira's own API has
   * more (refresh, title); the items use only these.
   */
  function dashboardApi(item, context) {
    return {
      isEditable: function () { return true; },
      savePreferences: function (next) {
        context.removeAttribute('data-saved');
        json('PUT', '/workbench/api/dashboard-items/' + item + '/preferences', { preferences: next })
          .then(function () { context.setAttribute('data-saved', 'true'); })
          .catch(function (e) { context.setAttribute('data-saved', 'failed: ' + e.message); });
      },
      // The item already shows its view with what it saved; Jira's dashboard re-renders it instead.
      closeEdit: function () { },
      showLoadingBar: function () { context.setAttribute('aria-busy', 'true'); },
      hideLoadingBar: function () { context.removeAttribute('aria-busy'); },
      resize: function () { },
      setTitle: function () { },
      getGadgetId: function () { return item; },
    };
  }

  /**
   * Each item is the dashboard bundle's client-side dashboard item (BalancePoint.dashboardItems), given
   * the acting user's saved preferences from the server and the workbench's dashboard API. An item the
   * user never configured starts on the first project, as a dashboard someone set up would.
   */
  function dashboardPage() {
    var grid = document.getElementById('bp-dashboard');
    if (!grid) return;
    function mountItem(context, item, saved, projects) {
      var bundle = window.BalancePoint || {}; // loaded after this script: read it when the item mounts
      var ItemClass = bundle.dashboardItems && bundle.dashboardItems[item];
      if (!ItemClass) {
        context.textContent = 'The dashboard bundle did not load.';
        return;
      }
      var preferences = saved && saved.config ? saved
        : bundle.dashboardPreferences.encode({ project: projects.length ? projects[0].key : '' });
      new ItemClass(dashboardApi(item, context)).render(context, preferences);
    }
    function mountItems(projects) {
      grid.setAttribute('data-projects', JSON.stringify(projects));
      ITEMS.forEach(function (item) {
        var context = el('div', { id: 'bp-item-' + item, class: 'bp-wb-dashboard-item' });
        grid.append(context);
        json('GET', '/workbench/api/dashboard-items/' + item + '/preferences')
          .then(function (answer) { return answer.preferences; })
          .catch(function () { return {}; })
          .then(function (saved) { mountItem(context, item, saved, projects); });
      });
    }
    json('GET', '/workbench/api/projects').then(mountItems).catch(function () { mountItems([]); });
  }

  function adminPage() {
    var view = document.getElementById('bp-admin');
    if (!view) return;
    var section = param('section') || 'rates';
    view.setAttribute('data-section', section);
    // Projects for the routing dry run's suggestion.
    json('GET', '/workbench/api/projects').then(function (projects) {
      window.BalancePoint = window.BalancePoint || {};
      window.BalancePoint.projects = projects;
    }).catch(function () { /* the admin types the project key */ });
    var nav = document.getElementById('bp-admin-nav');
    SECTIONS.forEach(function (s) {
      var li = el('li', s[0] === section ? { class: 'aui-nav-selected' } : {});
      var a = el('a', { href: 'admin.html?section=' + s[0] }, s[1]);
      if (s[0] === section) a.setAttribute('aria-current', 'page');
      li.append(a);
      nav.append(li);
    });
  }

  header();
  userSwitcher();
  loadProgress();
  indexPage();
  ticketPage();
  dashboardPage();
  adminPage();
})();
