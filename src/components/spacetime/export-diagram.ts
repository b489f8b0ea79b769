/**
 * Exporting the diagram for slides: the SVG file as drawn, or a PNG drawn from it at twice the
 * size on an offscreen canvas (sharp on a projector). Both are offered as downloads named after
 * the scenario and the moment: `faultline-remote-paused-600ms.svg`.
 */

import type { Scene } from '../../render/spacetime/scene.ts';

export function exportName(presetId: string | null, scene: Scene, extension: string): string {
  const ms = Math.round(scene.cursorUs / 1000);
  const view = scene.view === 'client' ? '-client' : '';
  return `faultline-${presetId ?? 'scenario'}${view}-${ms}ms.${extension}`;
}

export function downloadSvg(svg: string, fileName: string): void {
  download(new Blob([svg], { type: 'image/svg+xml' }), fileName);
}

/** Draw the SVG on a canvas `scale` times its size, then download it as a PNG. */
export async function downloadPng(
  svg: string,
  widthPx: number,
  heightPx: number,
  fileName: string,
  scale = 2,
): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = widthPx * scale;
    canvas.height = heightPx * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('the canvas gave no PNG');
    download(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
