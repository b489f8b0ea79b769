interface Props {
  /** `diamond`: a point's mark (the plot draws one there), else a line. */
  items: readonly { name: string; className: string; mark?: 'diamond' }[];
}

/** The lines of a plot, each drawn in its own style beside its name (not by colour alone). */
export function PlotLegend({ items }: Props) {
  return (
    <ul className="hpc-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.name}>
          <svg width="28" height="14">
            {item.mark === 'diamond' ? (
              <rect
                className={item.className}
                x="9"
                y="2"
                width="10"
                height="10"
                transform="rotate(45 14 7)"
              />
            ) : (
              <line className={`hpc-line ${item.className}`} x1="2" x2="26" y1="7" y2="7" />
            )}
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
