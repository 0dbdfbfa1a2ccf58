import { useEffect, useState } from 'react';

/**
 * Local text for a control whose stored value is not a string (a number, a list). The admin's
 * half-typed text ("1.", a trailing new line) is kept; it is reset only when the stored value
 * changes from elsewhere (reload, import, detect).
 */
export function useDraftText<V>(value: V, format: (v: V) => string, parse: (text: string) => unknown) {
  const [text, setText] = useState(() => format(value));
  useEffect(() => {
    setText((current) => (JSON.stringify(parse(current)) === JSON.stringify(value) ? current : format(value)));
    // format/parse are pure; only an outside change of the stored value matters here.
  }, [JSON.stringify(value)]);
  return [text, setText] as const;
}
