/**
 * An accessible modal dialog without Atlaskit's runtime (the portal panel has a 150 KB budget):
 * role="dialog" + aria-modal, labelled by its title, focus moved in on open, Tab/Shift+Tab trapped,
 * Escape closes, and focus returned on close to the element that had it when the modal opened.
 *
 * Placement: by default an overlay over the page (the admin page, tall enough to hold it). `inline` renders the
 * dialog in the document flow instead: a panel in an auto-sized Custom UI iframe only grows with in-flow
 * content, so an overlay there is clipped to the panel's height (the caller hides what the dialog replaces).
 */
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.hasAttribute('hidden'));
}

/** Tab and Shift+Tab cycle through the dialog's focusable elements, never out of it. */
function trapTab(e: React.KeyboardEvent<HTMLDivElement>, dialog: HTMLElement): void {
  const items = focusables(dialog);
  if (items.length === 0) {
    e.preventDefault();
    return;
  }
  const first = items[0];
  const last = items[items.length - 1];
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === dialog)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

/** On open, focus moves into the dialog; on close, back to the element that had it (if still in the page). */
function useFocusInAndBack(dialogRef: RefObject<HTMLDivElement | null>, initialFocusRef?: RefObject<HTMLElement>) {
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const dialog = dialogRef.current;
    if (dialog) {
      const first = initialFocusRef?.current ?? focusables(dialog)[0] ?? dialog;
      first.focus();
    }
    return () => {
      // The opener may have been replaced (e.g. the panel re-rendered after success): only refocus if still there.
      if (opener && opener.isConnected) opener.focus();
    };
  }, []);
}

function ModalHeader(props: { titleId: string; title: ReactNode; closeLabel: string; onClose: () => void }) {
  return (
    <div className="esc-modal__header">
      <h2 id={props.titleId} className="esc-modal__title">
        {props.title}
      </h2>
      <button type="button" className="esc-modal__close" aria-label={props.closeLabel} onClick={props.onClose}>
        ×
      </button>
    </div>
  );
}

export function Modal({
  title,
  onClose,
  children,
  footer,
  testId = 'modal',
  closeLabel,
  /** Element to focus first; defaults to the first focusable in the body. */
  initialFocusRef,
  inline = false,
}: {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  closeLabel: string;
  initialFocusRef?: React.RefObject<HTMLElement>;
  inline?: boolean;
}) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useFocusInAndBack(dialogRef, initialFocusRef);

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCloseRef.current();
    } else if (e.key === 'Tab' && dialogRef.current) {
      trapTab(e, dialogRef.current);
    }
  }

  return (
    <div
      className={inline ? 'esc-modal-backdrop esc-modal-backdrop--inline' : 'esc-modal-backdrop'}
      data-testid={`${testId}-backdrop`}
    >
      <div
        ref={dialogRef}
        className="esc-modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        <ModalHeader titleId={titleId} title={title} closeLabel={closeLabel} onClose={() => onCloseRef.current()} />
        <div className="esc-modal__body">{children}</div>
        {footer ? <div className="esc-modal__footer">{footer}</div> : null}
      </div>
    </div>
  );
}
