// The REST client: every call of the UI goes through here, to the documented API only.

/** The API's base URL for a mounted element: data-bp-rest, else Jira's context path + the API path. */
export function restBase(el) {
  const explicit = el?.closest?.('[data-bp-rest]')?.getAttribute('data-bp-rest');
  if (explicit) return explicit.replace(/\/$/, '');
  const context = typeof globalThis.AJS?.contextPath === 'function' ? globalThis.AJS.contextPath() : '';
  return `${context}/rest/balance-point/1.0`;
}

/**
 * An answer that was not 2xx, in the API's one error shape:
 * {status, message, errors: [{field, reason}], errorId?}.
 */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.errors = Array.isArray(body?.errors) ? body.errors : [];
    this.errorId = body?.errorId;
  }
}

/** A decimal kept as its text, so "42.00" reaches the API with its scale (see toJson). */
export class Decimal {
  constructor(text) { this.text = text; }
}

const MARK = '\u0000bp-decimal:';
/** JSON of a body in which Decimal values are written as the number text they hold. */
export function toJson(value) {
  const json = JSON.stringify(value, (key, v) => (v instanceof Decimal ? MARK + v.text + '\u0000' : v));
  return json.replace(/"\\u0000bp-decimal:([-+0-9.eE]+)\\u0000"/g, '$1');
}

/** Response header of the dashboard answers that may be a little behind the latest ticket changes. */
export const DATA_AGE_HEADER = 'X-BalancePoint-Data-Age';
/** Where {@link withDataAge} puts the seconds on a response's data. */
export const DATA_AGE = Symbol('dataAge');

/** The data of a response, carrying how many seconds it may be behind (0: current) under DATA_AGE. */
export function withDataAge(response) {
  return Object.assign(response.data, { [DATA_AGE]: response.dataAge });
}

/** The API client bound to one base URL. */
export function client(base) {
  async function request(method, path, { query, body, headers = {}, raw = false } = {}) {
    const url = new URL(base + '/' + path.replace(/^\//, ''), location.href);
    for (const [name, value] of Object.entries(query || {})) {
      for (const v of [].concat(value)) {
        if (v !== null && v !== undefined && v !== '') url.searchParams.append(name, v);
      }
    }
    const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
    if (method !== 'GET') init.headers['X-Atlassian-Token'] = 'no-check';
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = typeof body === 'string' ? body : toJson(body);
    }
    let response;
    try {
      response = await fetch(url, init);
    } catch (e) {
      throw new ApiError(0, { message: e.message });
    }
    const text = await response.text();
    let data = null;
    if (text && !raw) {
      try { data = JSON.parse(text); } catch { data = null; }
    }
    if (!response.ok) throw new ApiError(response.status, data);
    return { status: response.status, data: raw ? text : data, etag: response.headers.get('ETag'),
      dataAge: Number(response.headers.get(DATA_AGE_HEADER) || 0) };
  }
  return {
    base,
    get: (path, query) => request('GET', path, { query }),
    getText: (path, query) => request('GET', path, { query, raw: true }),
    post: (path, body, options = {}) => request('POST', path, { ...options, body }),
    put: (path, body, options = {}) => request('PUT', path, { ...options, body }),
    del: (path) => request('DELETE', path),
    request,
  };
}
