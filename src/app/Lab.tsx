import { useEffect } from 'react';
import { ClientPanel } from '../components/panels/ClientPanel.tsx';
import { EventLog } from '../components/panels/EventLog.tsx';
import { TruthPanel } from '../components/panels/TruthPanel.tsx';
import { Header } from '../components/controls/Header.tsx';
import { Inspector } from '../components/controls/Inspector.tsx';
import { EditorPanel } from '../components/editor/EditorPanel.tsx';
import { PlaybackBar } from '../components/controls/PlaybackBar.tsx';
import { ShortcutsDialog } from '../components/controls/ShortcutsDialog.tsx';
import { useShortcuts } from '../components/controls/useShortcuts.ts';
import { Stage } from '../components/spacetime/Stage.tsx';
import { useController, useLab } from '../store/hooks.ts';
import { EmbedHeader } from './EmbedHeader.tsx';
import { useLinkSync } from './useLinkSync.ts';

/**
 * The lab's layout: the header; the stage (the graph or the space-time diagram) with its
 * playback bar and the inspector beside it;
 * then what the client knows, what really happened, and the event log. Embedded (`embed=1`),
 * only the stage and the two views, under the scenario's name and a link to the full lab.
 */
export function Lab({ notice: firstNotice, embed }: { notice: string | null; embed: boolean }) {
  const controller = useController();
  const notice = useLinkSync(firstNotice, embed);
  const theme = useLab((s) => s.theme);
  // On a phone the inspector is then a sheet over the bottom of the screen (see app.css).
  const selected = useLab((s) => s.selection !== null);
  const editing = useLab((s) => s.editing);
  useShortcuts();

  // Playback pauses when the tab is hidden: no hot laptops, no surprise jumps.
  useEffect(() => {
    const onVisibility = () => {
      if (document.hidden) controller.pause();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [controller]);

  if (embed) {
    return (
      <div className="lab" data-theme={theme} data-embed>
        <EmbedHeader />
        {notice && (
          <p role="status" className="lab-notice">
            {notice}
          </p>
        )}
        <main className="lab-main">
          <section className="lab-stage" aria-label="The network">
            <Stage />
            <PlaybackBar />
          </section>
          <ClientPanel />
          <TruthPanel />
        </main>
      </div>
    );
  }

  return (
    <div className="lab" data-theme={theme}>
      <Header />
      {notice && (
        <p role="status" className="lab-notice">
          {notice}
        </p>
      )}
      <main
        className="lab-main"
        data-selection={(selected && !editing) || undefined}
        data-editing={editing || undefined}
      >
        <section className="lab-stage" aria-label="The network">
          <Stage />
          <PlaybackBar />
        </section>
        {editing ? <EditorPanel /> : <Inspector />}
        <ClientPanel />
        <TruthPanel />
        <EventLog />
      </main>
      <ShortcutsDialog />
    </div>
  );
}
