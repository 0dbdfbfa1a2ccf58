import type { FieldError } from '../../../../src/contract';
import { fieldId, type Path } from '../draft';

export function errorId(path: Path): string {
  return `${fieldId(path)}-error`;
}

/** The server's messages for one control, referenced by the control's aria-describedby. */
export function FieldErrors({ path, errors }: { path: Path; errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={errorId(path)} className="esc-field-error" data-testid={`error-${path}`}>
      {errors.map((e, i) => (
        <div key={i}>{e.message}</div>
      ))}
    </div>
  );
}

/** ARIA attributes that tie a control to its errors. */
export function invalidProps(path: Path, errors: FieldError[]) {
  return errors.length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': errorId(path) } : {};
}
