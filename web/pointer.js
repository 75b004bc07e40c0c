// RFC 6901 JSON Pointer helpers over plain objects/arrays.
export function parsePointer(p) {
  if (!p) return [];
  return p.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
export function joinPointer(parts) {
  return parts.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
export function getAt(obj, p) {
  let cur = obj;
  for (const k of parsePointer(p)) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = cur[k];
  }
  return cur;
}
// Sets a value, creating objects (or arrays where the next key is an index) on the way.
export function setAt(obj, p, value) {
  const parts = parsePointer(p);
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i];
    if (cur[k] == null || typeof cur[k] !== 'object') cur[k] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    cur = cur[k];
  }
  cur[parts[parts.length - 1]] = value;
}
// Deletes a key; then removes objects left empty on the way up (never array items: indexes stay).
export function deleteAt(obj, p) {
  const parts = parsePointer(p);
  const chain = [obj];
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    cur = cur?.[parts[i]];
    if (cur == null || typeof cur !== 'object') return;
    chain.push(cur);
  }
  delete cur[parts[parts.length - 1]];
  for (let i = chain.length - 1; i > 0; i--) {
    const node = chain[i], parent = chain[i - 1];
    if (Array.isArray(parent) || Array.isArray(node)) break;
    if (Object.keys(node).length) break;
    delete parent[parts[i - 1]];
  }
}
