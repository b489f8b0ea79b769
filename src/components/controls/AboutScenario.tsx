import { useEffect, useId, useRef, useState } from 'react';
import { useLab } from '../../store/hooks.ts';

/**
 * The scenario's description behind a disclosure button, so the header stays one line; it opens
 * over the page (nothing below it moves) and closes with Escape, the button, or a press elsewhere.
 */
export function AboutScenario() {
  const description = useLab((s) => s.view.scenario.description);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  // A press anywhere else closes it, as a menu would.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  if (!description) return null;
  return (
    <div
      ref={rootRef}
      className="ctl-about"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="ctl-button ctl-button-quiet ctl-button-small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        About<span className="ctl-narrow-hidden"> this scenario</span>
        <span className="ctl-chevron" aria-hidden="true" data-open={open || undefined} />
      </button>
      <div id={panelId} className="ctl-about-panel" hidden={!open}>
        <p>{description}</p>
      </div>
    </div>
  );
}
