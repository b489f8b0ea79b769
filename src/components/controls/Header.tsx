import { useLab } from '../../store/hooks.ts';
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
export function Header() {
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
        <ShareButtons />
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
