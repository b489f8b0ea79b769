import { useId } from 'react';
import { useLab } from '../../store/hooks.ts';
import { useDisclosure } from './useDisclosure.ts';

/**
 * The scenario's description behind a disclosure button, so the header stays one line; it opens
 * over the page (nothing below it moves) and closes with Escape, the button, or a press elsewhere.
 */
export function AboutScenario() {
  const description = useLab((s) => s.view.scenario.description);
  const { open, setOpen, rootRef, onKeyDown } = useDisclosure<HTMLDivElement>();
  const panelId = useId();

  if (!description) return null;
  return (
    <div ref={rootRef} className="ctl-about" onKeyDown={onKeyDown}>
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
