/** An unescaped `\u0000` in JSON text: one preceded by an even number of backslashes. */
const nulEscape = /(?<!\\)((?:\\\\)*)\\u0000/g;

/**
 * JSON text Postgres's jsonb accepts: jsonb cannot hold the NUL character (U+0000), and one NUL
 * anywhere in a payload would fail the whole statement. Each NUL, in keys and values alike,
 * becomes the six visible characters `\u0000`, so the rest of the payload is kept as it came.
 */
export function toJsonbText(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.includes('\\u0000') ? text.replace(nulEscape, '$1\\\\u0000') : text;
}
