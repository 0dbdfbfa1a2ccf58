import { errorsAt, useEditor, useIdOf } from '../editor-context';
import { getIn, type Path } from '../draft';
import { FieldErrors, invalidProps } from './field-errors';

export function CheckboxField({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const { config, update, errors } = useEditor();
  const mine = errorsAt(errors, path);
  const id = useIdOf()(path);
  return (
    <div className="field checkbox">
      <input
        id={id}
        type="checkbox"
        checked={getIn(config, path) === true}
        onChange={(e) => update(path, e.target.checked)}
        {...invalidProps(path, mine)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && <div className="hint">{hint}</div>}
      <FieldErrors path={path} errors={mine} />
    </div>
  );
}
