import { useEffect, useState } from 'react';
import { serviceNeedsNodes } from '../../hpc/sweep.ts';
import { HpcControls } from './HpcControls.tsx';
import { HpcSummary } from './HpcSummary.tsx';
import { NodesPlot } from './NodesPlot.tsx';
import { PlotLegend } from './PlotLegend.tsx';
import { SweepTable } from './SweepTable.tsx';
import { WeekPlot } from './WeekPlot.tsx';
import { describeSweep, describeWeek } from './hpc-describe.ts';
import { hashOfHpcSettings, hpcSettingsFromHash } from './hpc-link.ts';
import { useHpcRuns, WEEK_S } from './useHpcRuns.ts';
import './hpc.css';

const WEEK_LINES = [
  { name: 'Every node, all the time', className: 'hpc-ideal' },
  { name: 'Service: capacity served', className: 'hpc-service' },
  { name: 'Job: its progress', className: 'hpc-job' },
];
const SWEEP_LINES = [
  { name: 'Service capacity', className: 'hpc-service' },
  { name: 'Job at Young’s interval', className: 'hpc-job' },
  { name: 'First-order formula', className: 'hpc-formula' },
];

/** The page's body: settings on one side, the two ways of running and their plots beside. */
export function HpcView() {
  const [settings, setSettings] = useState(() => hpcSettingsFromHash(window.location.hash));
  const { week, summary, sweep } = useHpcRuns(settings);
  // The address follows the settings, so the machine on screen can be shared as it is.
  useEffect(() => {
    const hash = hashOfHpcSettings(settings);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [settings]);
  return (
    <main className="hpc-main">
      <p className="hpc-lede">
        The same machines, failing the same way, run two ways. A supercomputer job saves its state
        every τ and stops everything when any node fails, then restarts from the last checkpoint. A
        cloud service keeps serving on the nodes that are up. With a node failing once in 5 years,
        10,000 nodes fail together every 4.4 hours; 100,000 every 26 minutes.
      </p>
      <div className="hpc-body">
        <HpcControls settings={settings} systemMtbfS={summary.mtbfS} onChange={setSettings} />
        <div className="hpc-results">
          <HpcSummary run={summary} needs={serviceNeedsNodes(settings.nodes)} />
          <figure className="hpc-figure">
            <figcaption>One week on this machine (work done, in days)</figcaption>
            <PlotLegend items={WEEK_LINES} />
            <WeekPlot
              horizonS={WEEK_S}
              job={week.job.progress}
              service={week.service.served}
              description={describeWeek(week.job, week.service)}
            />
          </figure>
          <figure className="hpc-figure">
            <figcaption>Useful work against the number of nodes</figcaption>
            <PlotLegend
              items={[
                ...SWEEP_LINES,
                { name: 'Job now, at τ', className: 'hpc-you', mark: 'diamond' },
              ]}
            />
            <NodesPlot sweep={sweep} current={summary} description={describeSweep(sweep)} />
            <SweepTable sweep={sweep} />
          </figure>
        </div>
      </div>
    </main>
  );
}
