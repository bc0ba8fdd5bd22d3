// Display formatting. The API sends exact decimals; rounding (half-even, to the currency's minor
// unit) happens only here, for display.

function locale() {
  return globalThis.AJS?.Meta?.get?.('user-locale')?.replace('_', '-') || document.documentElement.lang || undefined;
}

function numberFormat(options) {
  try {
    return new Intl.NumberFormat(locale(), { roundingMode: 'halfEven', ...options });
  } catch {
    return new Intl.NumberFormat(undefined, options);
  }
}

/** {amount, currency} as "€1,234.50"; an empty string for null. */
export function money(m) {
  if (!m || m.amount === null || m.amount === undefined) return '';
  try {
    return numberFormat({ style: 'currency', currency: m.currency }).format(Number(m.amount));
  } catch {
    return `${Number(m.amount).toFixed(2)} ${m.currency}`;
  }
}

/** A plain number with at most `digits` decimals. */
export function number(value, digits = 2) {
  if (value === null || value === undefined || value === '') return '';
  return numberFormat({ maximumFractionDigits: digits }).format(Number(value));
}

/** A fraction (0.72) as a percentage ("72.0 %"). */
export function fractionPercent(value, digits = 1) {
  if (value === null || value === undefined) return '';
  return numberFormat({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(value));
}

/** A value already in percent (12.5) as "12.5 %". */
export function percent(value, digits = 1) {
  if (value === null || value === undefined) return '';
  return numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(value)) + ' %';
}

/** Seconds as hours with two decimals ("1.50 h"). */
export function hours(seconds) {
  if (seconds === null || seconds === undefined) return '';
  return numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(seconds) / 3600) + ' h';
}

/** An ISO-8601 duration (PT1H30M) as hours. */
export function durationHours(iso) {
  if (!iso) return '';
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(iso);
  if (!m) return iso;
  const seconds = (Number(m[1] || 0) * 24 + Number(m[2] || 0)) * 3600 + Number(m[3] || 0) * 60 + Number(m[4] || 0);
  return hours(seconds);
}

/** An instant or date as a short local date (and time for instants). */
export function dateTime(value) {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return dateOnly
    ? d.toLocaleDateString(locale(), { timeZone: 'UTC' })
    : d.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** Today as YYYY-MM-DD (UTC). */
export function isoToday() {
  return new Date().toISOString().slice(0, 10);
}

/** YYYY-MM-DD `months` months before the first day of this month (UTC). */
export function isoMonthsBack(months) {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1)).toISOString().slice(0, 10);
}
