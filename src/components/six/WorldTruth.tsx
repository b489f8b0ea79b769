import { truthRow } from '../../lab/requests-view.ts';
import { FEATURED_REQUEST, featuredRecord } from '../../six/featured.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { processedText } from '../panels/row-text.ts';

/**
 * One world's "What really happened", for r3 only: where it is or how it died, whether the
 * server did the work, and what came after. Mounted only once revealed, so hidden is absent.
 */
export function WorldTruth() {
  const controller = useController();
  useLab((s) => s.view.revision);
  const record = featuredRecord(controller.sim);
  const row = record ? truthRow(controller.sim, controller.reader, record) : null;
  return (
    <div className="six-truth">
      {/* Said, not shown: the tile's room goes to the drawing; the story looks set apart. */}
      <h3 className="visually-hidden">What really happened to {FEATURED_REQUEST}</h3>
      {row ? (
        <p className="six-story">
          {row.journey}{' '}
          <strong className="six-processed">
            {[processedText(row), ...row.aftermaths].join(' · ')}
          </strong>
        </p>
      ) : (
        <p className="six-story">Not sent yet.</p>
      )}
    </div>
  );
}
