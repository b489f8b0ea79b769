import { useMemo } from 'react';
import { qrModules } from '../../links/qr.ts';

/** Four modules of white around the code: scanners need the quiet zone. */
const QUIET_MODULES = 4;

/** A QR code as SVG, dark on white in every theme (scanners read dark on light). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrModules(text), [text]);
  const side = size + 2 * QUIET_MODULES;
  return (
    <svg
      className="share-qr"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_MODULES} ${-QUIET_MODULES} ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_MODULES} y={-QUIET_MODULES} width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
