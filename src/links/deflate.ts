/**
 * Text to deflate-raw bytes to base64url, and back, with the platform's CompressionStream (in
 * every browser since 2023, and in Node). Inflating stops as soon as the text grows past a
 * limit, so a tiny link cannot unpack into gigabytes.
 */

export class InflateError extends Error {}

async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new InflateError(`it unpacks to more than ${maxBytes.toLocaleString('en-US')} bytes`);
    }
    parts.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
  const source = new Blob([bytes as BlobPart]).stream();
  return source.pipeThrough(transform as TransformStream<Uint8Array, Uint8Array>);
}

export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new InflateError('it holds characters a link never has');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    throw new InflateError('it is cut short or garbled');
  }
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

export async function deflateText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  return toBase64url(await readAll(through(bytes, new CompressionStream('deflate-raw')), Infinity));
}

export async function inflateText(encoded: string, maxBytes: number): Promise<string> {
  const bytes = fromBase64url(encoded);
  let out: Uint8Array;
  try {
    out = await readAll(through(bytes, new DecompressionStream('deflate-raw')), maxBytes);
  } catch (e) {
    if (e instanceof InflateError) throw e;
    throw new InflateError('it is cut short or garbled');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    throw new InflateError('it is garbled');
  }
}
