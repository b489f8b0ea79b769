import { useId } from 'react';
import { formatCount } from './hpc-format.ts';
import { NODE_STOPS } from './hpc-settings.ts';

interface Props {
  nodes: number;
  onChange: (nodes: number) => void;
}

const stopOf = (nodes: number) => {
  const i = NODE_STOPS.findIndex((stop) => stop >= nodes);
  return i < 0 ? NODE_STOPS.length - 1 : i;
};

/** The number of nodes, 1 to 100,000 on a log scale: each arrow key goes 1, 2, 5, 10, 20 … */
export function NodesSlider({ nodes, onChange }: Props) {
  const id = useId();
  const text = `${formatCount(nodes)} ${nodes === 1 ? 'node' : 'nodes'}`;
  return (
    <div className="hpc-field">
      <label htmlFor={id} className="hpc-field-name">
        Number of nodes
      </label>
      <div className="hpc-slider-row">
        <input
          id={id}
          type="range"
          min={0}
          max={NODE_STOPS.length - 1}
          step={1}
          value={stopOf(nodes)}
          aria-valuetext={text}
          onChange={(event) => onChange(NODE_STOPS[Number(event.target.value)] ?? nodes)}
        />
        <span className="hpc-slider-value" aria-hidden="true">
          {formatCount(nodes)}
        </span>
      </div>
    </div>
  );
}
