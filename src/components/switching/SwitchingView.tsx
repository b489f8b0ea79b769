import { useEffect, useMemo, useState } from 'react';
import { hashOfSettings, settingsFromHash } from '../../lab/switching-link.ts';
import { NetworkPanel } from './NetworkPanel.tsx';
import { SwitchingControls } from './SwitchingControls.tsx';
import { WhyPackets } from './WhyPackets.tsx';
import { sharedDomainUs } from './switch-frame.ts';
import { useSwitchingRuns } from './useSwitchingRuns.ts';
import '../timeouts/timeouts.css';
import './switching.css';

/** The page's body: the settings, the two networks side by side, and what they show. */
export function SwitchingView() {
  const [settings, setSettings] = useState(() => settingsFromHash(window.location.hash));
  const { runs, stale } = useSwitchingRuns(settings);
  // The address follows the settings, so what is on screen can be shared as it is.
  useEffect(() => {
    const hash = hashOfSettings(runs.settings);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [runs.settings]);
  const domainUs = useMemo(() => sharedDomainUs(runs), [runs]);
  const cableMbps = runs.packet.scenario.cables[0]!.bandwidthMbps;
  const slotMbps = Number((cableMbps / settings.slots).toPrecision(3));
  return (
    <main className="sw-main">
      <p className="sw-lede">
        The same bursty requests, about {runs.settings.loadPerS} a second at random, over two
        networks of the same {cableMbps} Mbit/s cables. One shares each cable packet by packet; the
        other cuts it into {runs.settings.slots} reserved{' '}
        {runs.settings.slots === 1 ? 'circuit' : 'circuits'}. Both run to the end with the same
        seed, so they see the very same requests at the very same moments.
      </p>
      <SwitchingControls settings={settings} slotMbps={slotMbps} onChange={setSettings} />
      <div className="sw-networks" aria-busy={stale}>
        <NetworkPanel
          run={runs.packet}
          other={runs.circuit}
          domainUs={domainUs}
          about="Shared and queued: delay without a bound"
        />
        <NetworkPanel
          run={runs.circuit}
          other={runs.packet}
          domainUs={domainUs}
          about="Reserved slots: a bound, or a refusal"
        />
      </div>
      <WhyPackets
        runs={runs}
        cableMbps={cableMbps}
        slotMbps={Number((cableMbps / runs.settings.slots).toPrecision(3))}
      />
    </main>
  );
}
