import { useEffect, useRef } from 'react';
import { QrCode } from './QrCode.tsx';

interface Props {
  /** The address to show; null when the dialog is closed. */
  address: string | null;
  /** Why the dialog opened, when it is not the QR code itself (a copy that failed). */
  message: string | null;
  onClose(): void;
}

/**
 * The current link as a QR code filling most of the screen, so the back of a lecture hall can
 * scan it, and as text to select. A modal dialog: Escape closes it, focus returns to its opener.
 */
export function QrDialog({ address, message, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (address !== null && !dialog.open) {
      openerRef.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      if (message) fieldRef.current?.select();
    } else if (address === null && dialog.open) dialog.close();
  }, [address, message]);

  return (
    <dialog
      ref={dialogRef}
      className="share-dialog"
      aria-labelledby="share-qr-title"
      onClose={() => {
        onClose();
        openerRef.current?.focus();
        openerRef.current = null;
      }}
    >
      <h2 id="share-qr-title" className="share-dialog-title">
        Scan to open this scenario
      </h2>
      {message && <p className="share-dialog-message">{message}</p>}
      {address !== null && <QrCode text={address} label="QR code of the link to this scenario" />}
      <label className="share-address">
        <span>Link</span>
        <input ref={fieldRef} readOnly value={address ?? ''} onFocus={(e) => e.target.select()} />
      </label>
      <form method="dialog" className="share-dialog-actions">
        <button type="submit" className="ctl-button">
          Close
        </button>
      </form>
    </dialog>
  );
}
