// Java MessageFormat's basics, which the properties texts use: {0} arguments and '' quotes.

/** The pattern with {n} replaced by args[n]; '' is one quote, '…' quotes text literally. */
export function formatMessage(pattern, args) {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") { out += "'"; i++; continue; }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) { out += pattern.slice(i + 1); break; }
      out += pattern.slice(i + 1, end);
      i = end;
    } else if (c === '{') {
      const end = pattern.indexOf('}', i);
      const index = end > i ? Number(pattern.slice(i + 1, end)) : NaN;
      if (Number.isInteger(index)) { out += args[index] ?? ''; i = end; } else out += c;
    } else {
      out += c;
    }
  }
  return out;
}
