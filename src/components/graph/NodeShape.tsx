import type { NodeKind } from '../../scenario/types.ts';

/** A five-pointed star in the cylinder's lower band: this replica believes it leads. */
const STAR =
  'M 0 7.6 L 1.7 12.3 L 6.7 12.4 L 2.8 15.5 L 4.1 20.3 L 0 17.5 L -4.1 20.3 L -2.8 15.5 L -6.7 12.4 L -1.7 12.3 Z';

/**
 * A node's glyph by kind, centred on (0, 0) in a box of about 52 × 44: a client is a monitor
 * on a stand, a server a rack of three units with their lights, a switch a rounded box with
 * arrows going both ways, a router a disc with arrows in and out (the symbol network diagrams
 * use), a load balancer a box with one line in fanning out to three, a replica a database
 * cylinder (with a star on it while it believes it leads). Distinct shapes, so the kind reads
 * without colour or label.
 */
export function NodeShape({ kind, leads = false }: { kind: NodeKind; leads?: boolean }) {
  switch (kind) {
    case 'replica':
      // A database cylinder: one copy of the data.
      return (
        <g className="graph-shape">
          <path
            className="graph-shape-body"
            d="M -20 -15 A 20 7 0 0 1 20 -15 V 15 A 20 7 0 0 1 -20 15 Z"
          />
          <path
            className="graph-shape-line"
            d="M -20 -15 A 20 7 0 0 0 20 -15 M -20 0 A 20 7 0 0 0 20 0"
          />
          {leads && <path className="graph-shape-star" d={STAR} />}
        </g>
      );
    case 'client':
      return (
        <g className="graph-shape">
          <rect className="graph-shape-body" x={-24} y={-21} width={48} height={32} rx={3} />
          <rect className="graph-shape-screen" x={-19} y={-16} width={38} height={22} rx={1} />
          <path className="graph-shape-line" d="M 0 11 V 17 M -12 19 H 12" />
        </g>
      );
    case 'server':
      return (
        <g className="graph-shape">
          <rect className="graph-shape-body" x={-20} y={-22} width={40} height={44} rx={3} />
          <path className="graph-shape-line" d="M -20 -7.3 H 20 M -20 7.3 H 20" />
          <circle className="graph-shape-led" cx={13} cy={-14.6} r={2.2} />
          <circle className="graph-shape-led" cx={13} cy={0} r={2.2} />
          <circle className="graph-shape-led" cx={13} cy={14.6} r={2.2} />
        </g>
      );
    case 'switch':
      return (
        <g className="graph-shape">
          <rect className="graph-shape-body" x={-26} y={-16} width={52} height={32} rx={10} />
          <path
            className="graph-shape-line"
            d="M -15 -5 H 15 M 10 -10 L 15 -5 L 10 0 M 15 5 H -15 M -10 0 L -15 5 L -10 10"
          />
        </g>
      );
    case 'router':
      return (
        <g className="graph-shape">
          <circle className="graph-shape-body" r={20} />
          <path
            className="graph-shape-line"
            d="M -13 -13 L -4 -4 M -4 -10 V -4 H -10 M 13 13 L 4 4 M 4 10 V 4 H 10 M 4 -4 L 13 -13 M 7 -13 H 13 V -7 M -4 4 L -13 13 M -13 7 V 13 H -7"
          />
        </g>
      );
    case 'balancer':
      return (
        <g className="graph-shape">
          <rect className="graph-shape-body" x={-26} y={-17} width={52} height={34} rx={4} />
          <path
            className="graph-shape-line"
            d="M -18 0 H -6 L 4 -9 H 16 M -6 0 H 16 M -6 0 L 4 9 H 16 M 12 -12 L 16 -9 L 12 -6 M 12 -3 L 16 0 L 12 3 M 12 6 L 16 9 L 12 12"
          />
        </g>
      );
  }
}
