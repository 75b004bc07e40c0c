// Decoding uploaded files to text. Order: BOM (UTF-8, UTF-16LE/BE), then strict UTF-8, then
// GB18030 (a superset of GBK and GB2312). Returns the text and the encoding that was used.
export function decodeBytes(bytes) {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'UTF-16LE (BOM)' };
  }
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'UTF-16BE (BOM)' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(b), encoding: 'GB18030 / GBK' };
  }
}

// Reads a File in chunks so a large upload can show progress. onProgress(loaded, total).
export async function readFileBytes(file, onProgress) {
  const total = file.size || 0;
  if (!file.stream) return new Uint8Array(await file.arrayBuffer());
  const reader = file.stream().getReader();
  const out = new Uint8Array(total);
  let loaded = 0;
  let extra = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length <= total) out.set(value, loaded); else extra.push(value);
    loaded += value.length;
    if (onProgress) onProgress(loaded, total);
  }
  if (!extra.length) return out.subarray(0, loaded);
  const all = new Uint8Array(loaded);
  all.set(out.subarray(0, Math.min(total, loaded)));
  let at = Math.min(total, loaded);
  for (const v of extra) { all.set(v, at); at += v.length; }
  return all;
}

export function formatSize(n) {
  if (n < 1024) return n + ' B';
  if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KB';
  return (n / 1024 / 1024).toFixed(1) + ' MB';
}

// UTF-8 byte offset/length (from the core) -> JS string indices (UTF-16 code units).
export function byteSpanToIndices(text, offset, length) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder('utf-8');
  const o = Math.max(0, Math.min(offset | 0, bytes.length));
  const e = Math.max(o, Math.min(o + (length | 0), bytes.length));
  const start = dec.decode(bytes.subarray(0, o)).length;
  const end = start + dec.decode(bytes.subarray(o, e)).length;
  return { start, end };
}
