import { errorsAt, useEditor, useIdOf } from '../editor-context';
import { getIn, type Path } from '../draft';
import { FieldErrors, invalidProps } from './field-errors';

export function SelectField({
  path,
  label,
  options,
}: {
  path: Path;
  label: string;
  options: { value: string; label: string }[];
}) {
  const { config, update, errors } = useEditor();
  const mine = errorsAt(errors, path);
  const id = useIdOf()(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(getIn(config, path) ?? '')}
        onChange={(e) => update(path, e.target.value)}
        {...invalidProps(path, mine)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors path={path} errors={mine} />
    </div>
  );
}
