import { addressOf, linkStateOf } from '../../app/link-of-lab.ts';
import { writeLink } from '../../links/write-link.ts';
import type { LabStore } from '../../store/lab-store.ts';
import { useLab, useLabStore } from '../../store/hooks.ts';
import { AboutScenario } from './AboutScenario.tsx';
import { PresetMenu } from './PresetMenu.tsx';
import { SiteMenu } from './SiteMenu.tsx';
import { ShareButtons } from '../share/ShareButtons.tsx';
import { EditToggle } from '../editor/EditToggle.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import './controls.css';

/**
 * The header: the site and the scenario's name as the page's one heading (the scenario is what
 * this page is about; "Faultline" says where we are), the presets, the theme and the shortcuts.
 */
/** The link to exactly what is on screen now: the scenario, what was done, the moment, the truth. */
async function labAddress(store: LabStore): Promise<string> {
  return addressOf(await writeLink(linkStateOf(store.getState(), false)));
}

export function Header() {
  const store = useLabStore();
  const name = useLab((s) => s.view.scenario.name);
  const setShortcutsOpen = useLab((s) => s.setShortcutsOpen);
  return (
    <header className="ctl-header">
      <div className="ctl-header-title">
        <SiteMenu />
        <h1 className="ctl-title">
          <span className="ctl-brand">Faultline</span>
          <span className="visually-hidden">: </span>
          <span className="ctl-scenario-name">{name}</span>
        </h1>
        <AboutScenario />
      </div>
      <div className="ctl-header-tools">
        <PresetMenu />
        <EditToggle />
        <ShareButtons address={() => labAddress(store)} />
        <ThemeToggle />
        <button
          type="button"
          className="ctl-button ctl-button-quiet ctl-button-square ctl-shortcuts-button"
          aria-label="Keyboard shortcuts"
          aria-haspopup="dialog"
          title="Keyboard shortcuts (?)"
          onClick={() => setShortcutsOpen(true)}
        >
          ?
        </button>
      </div>
    </header>
  );
}
