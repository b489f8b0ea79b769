/**
 * A link as a QR code's modules, drawn as one SVG path (no markup from the library goes into
 * the page). Error correction L for long links keeps the modules few and large, which is what
 * lets a phone at the back of a hall read it off a projector; short links get M.
 */

import qrcode from 'qrcode-generator';

export interface QrModules {
  /** Modules along a side, without the quiet zone. */
  size: number;
  /** One square per dark module, in module units. */
  path: string;
}

export function qrModules(text: string): QrModules {
  const qr = qrcode(0, text.length <= 300 ? 'M' : 'L');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (qr.isDark(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { size, path: parts.join('') };
}
