import { errorsAt, useEditor, useIdOf } from '../editor-context';
import { getIn, type Path } from '../draft';
import { FieldErrors, invalidProps } from './field-errors';

interface Props {
  path: Path;
  label: string;
  hint?: string;
  /** An empty box stores null (for the optional ids and the holidays country). */
  nullable?: boolean;
  multiline?: boolean;
  type?: 'text' | 'tel' | 'time';
  list?: string;
  disabled?: boolean;
}

export function TextField({ path, label, hint, nullable, multiline, type = 'text', list, disabled }: Props) {
  const { config, update, errors } = useEditor();
  const raw = getIn(config, path);
  const value = typeof raw === 'string' ? raw : '';
  const mine = errorsAt(errors, path);
  const id = useIdOf()(path);
  const onChange = (text: string) => update(path, nullable && text.trim() === '' ? null : text);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <div className="hint">{hint}</div>}
      {multiline ? (
        <textarea
          id={id}
          value={value}
          rows={3}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          {...invalidProps(path, mine)}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          list={list}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          {...invalidProps(path, mine)}
        />
      )}
      <FieldErrors path={path} errors={mine} />
    </div>
  );
}
