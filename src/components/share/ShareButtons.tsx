import { useState } from 'react';
import { Icon } from '../controls/Icon.tsx';
import { QrDialog } from './QrDialog.tsx';
import './share.css';

interface Props {
  /** The address to share, computed when a button is pressed (it follows what is on screen). */
  address(): Promise<string> | string;
}

/** `Copy link` and `Show QR code`, with a quiet word when the link is copied. */
export function ShareButtons({ address: currentAddress }: Props) {
  const [copied, setCopied] = useState('');
  const [dialog, setDialog] = useState<{ address: string; message: string | null } | null>(null);

  const copy = async () => {
    const address = await currentAddress();
    try {
      await navigator.clipboard.writeText(address);
      setCopied('Link copied');
      setTimeout(() => setCopied(''), 2500);
    } catch {
      // No clipboard (an old browser, an insecure page, a refused permission): show it to copy.
      setDialog({
        address,
        message: 'This browser did not let the page copy. Copy the link below.',
      });
    }
  };

  return (
    <div className="share-buttons">
      <button type="button" className="ctl-button share-button" onClick={() => void copy()}>
        <Icon name="link" />
        <span className="ctl-phone-hidden">Copy link</span>
      </button>
      <button
        type="button"
        className="ctl-button share-button"
        aria-haspopup="dialog"
        onClick={() =>
          void Promise.resolve(currentAddress()).then((address) =>
            setDialog({ address, message: null }),
          )
        }
      >
        <Icon name="qr" />
        <span className="ctl-phone-hidden">Show QR code</span>
      </button>
      <span className="share-copied" role="status">
        {copied}
      </span>
      <QrDialog
        address={dialog?.address ?? null}
        message={dialog?.message ?? null}
        onClose={() => setDialog(null)}
      />
    </div>
  );
}
