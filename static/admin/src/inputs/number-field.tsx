import { errorsAt, useEditor, useIdOf } from '../editor-context';
import { getIn, type Path } from '../draft';
import { FieldErrors, invalidProps } from './field-errors';
import { useDraftText } from './use-draft-text';

/** Text that is not a number is stored as typed, so the server's "Enter a number." points at it. */
export function parseNumber(text: string): number | string {
  const t = text.trim().replace(',', '.');
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : text;
}

const show = (v: unknown) => (v === null || v === undefined ? '' : String(v));

interface Props {
  path: Path;
  label: string;
  hint?: string;
  /** Visually hidden label (matrix cells): the label stays the accessible name. */
  compact?: boolean;
  disabled?: boolean;
  testId?: string;
  /** An empty box stores null (an option that is off, such as the acknowledgement deadline). */
  nullable?: boolean;
}

export function NumberField({ path, label, hint, compact, disabled, testId, nullable }: Props) {
  const { config, update, errors } = useEditor();
  const value = getIn(config, path);
  const [text, setText] = useDraftText(value, show, parseNumber);
  const mine = errorsAt(errors, path);
  const id = useIdOf()(path);
  return (
    <div className={compact ? 'field compact' : 'field'}>
      <label htmlFor={id} className={compact ? 'esc-visually-hidden' : undefined}>
        {label}
      </label>
      {hint && <div className="hint">{hint}</div>}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        size={compact ? 5 : 8}
        value={text}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          update(path, nullable && e.target.value.trim() === '' ? null : parseNumber(e.target.value));
        }}
        {...invalidProps(path, mine)}
      />
      <FieldErrors path={path} errors={mine} />
    </div>
  );
}
