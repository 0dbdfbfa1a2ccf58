import { useT } from '../../../common/i18n';
import { errorsAt, useEditor, useIdOf } from '../editor-context';
import { getIn, type Path } from '../draft';
import { FieldErrors, invalidProps } from './field-errors';
import { useDraftText } from './use-draft-text';

/** One entry per line; blank lines are dropped. */
export function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const join = (v: unknown) => (Array.isArray(v) ? v.join('\n') : '');

/** A list of strings edited as lines of a text area (keys, names, ids, aliases). */
/** A list edited one item per line; the hint says so unless another is given. */
export function ListField({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const t = useT();
  const { config, update, errors } = useEditor();
  const value = getIn(config, path);
  const [text, setText] = useDraftText(value, join, parseLines);
  const mine = errorsAt(errors, path, true);
  const id = useIdOf()(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="hint">{hint ?? t('admin.common.onePerLine')}</div>
      <textarea
        id={id}
        rows={Math.min(6, Math.max(2, (Array.isArray(value) ? value.length : 0) + 1))}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          update(path, parseLines(e.target.value));
        }}
        {...invalidProps(path, mine)}
      />
      <FieldErrors path={path} errors={mine} />
    </div>
  );
}
