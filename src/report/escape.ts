// Names and text are data: what mtlint prints for a person (stylish lines, error and warning lines) shows the
// characters that steer a terminal or a line-based reader escaped, never raw. A file name or a text holding ESC
// sequences, a carriage return or a newline could otherwise colour or clear the terminal, set its title, or forge
// a line (`fake.txt:1:1 critical ...`). The notation is the C-style quoting of Git and GNU diff, the one the
// patch of `fix --dry-run` uses for file names: \a \b \t \n \v \f \r, else the character's UTF-8 bytes in octal
// (ESC is \033). Printable characters, accented letters and other scripts included, are shown as they are.

/**
 * What is escaped: C0 controls, DEL, C1 controls (0x9B is an 8-bit CSI), the Unicode line and paragraph separators
 * (line breaks to some readers), and the bidirectional marks, embeddings, overrides and isolates, which reorder
 * what a terminal shows.
 */
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r' };

const encoder = new TextEncoder();

function escapeOne(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  let out = '';
  for (const byte of encoder.encode(c)) out += '\\' + byte.toString(8).padStart(3, '0');
  return out;
}

/** `s` with every control, separator and bidirectional formatting character escaped; other characters kept. */
export function escapeControls(s: string): string {
  ESCAPED.lastIndex = 0;
  return ESCAPED.test(s) ? s.replace(ESCAPED, escapeOne) : s;
}

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal acts on (DEL, C1 controls, the line and
 * paragraph separators, bidirectional controls) as \u escapes: the same JSON value, printable anywhere. C0
 * controls are escaped by JSON.stringify already; outside strings JSON holds none of these characters.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
