import type { ReactNode } from 'react';
import { errorsAt, useEditor, useIdOf } from '../editor-context';
import type { Path } from '../draft';
import { FieldErrors } from './field-errors';

/**
 * A fieldset for a value made of several controls (a list of hour ranges, a level's recipients).
 * It carries the id of its path, so the error summary can move focus to it.
 */
export function Group({
  path,
  legend,
  children,
  nested,
}: {
  path: Path;
  legend: string;
  children: ReactNode;
  nested?: boolean;
}) {
  const { errors } = useEditor();
  const idOf = useIdOf();
  // Only errors about the group itself; its controls show their own.
  const mine = nested ? errorsAt(errors, path, true) : errorsAt(errors, path);
  return (
    <fieldset id={idOf(path)} tabIndex={-1} className="group">
      <legend>{legend}</legend>
      {children}
      <FieldErrors path={path} errors={mine} />
    </fieldset>
  );
}
