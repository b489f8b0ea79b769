import { useState } from 'react';
import { addressOf, linkStateOf } from '../../app/link-of-lab.ts';
import { writeLink } from '../../links/write-link.ts';
import { useLabStore } from '../../store/hooks.ts';
import { Icon } from '../controls/Icon.tsx';
import { QrDialog } from './QrDialog.tsx';
import './share.css';

/** The link to exactly what is on screen now: the scenario, what was done, the moment, the truth. */
async function currentAddress(store: ReturnType<typeof useLabStore>): Promise<string> {
  return addressOf(await writeLink(linkStateOf(store.getState(), false)));
}

/** `Copy link` and `Show QR code`, with a quiet word when the link is copied. */
export function ShareButtons() {
  const store = useLabStore();
  const [copied, setCopied] = useState('');
  const [dialog, setDialog] = useState<{ address: string; message: string | null } | null>(null);

  const copy = async () => {
    const address = await currentAddress(store);
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
          void currentAddress(store).then((address) => setDialog({ address, message: null }))
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
