interface Props {
  items: readonly { name: string; className: string }[];
}

/** The lines of a plot, each drawn in its own style beside its name (not by colour alone). */
export function PlotLegend({ items }: Props) {
  return (
    <ul className="hpc-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.name}>
          <svg width="28" height="12">
            <line className={`hpc-line ${item.className}`} x1="2" x2="26" y1="6" y2="6" />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
