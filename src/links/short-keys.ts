/**
 * Link format 1 writes a scenario's field names as short codes: a ten-node scenario's link
 * shrinks by a fifth even after deflate. The table is part of the format and never changes;
 * a new field gets a new code (or none: names without a code pass through as they are).
 */

const CODES: Record<string, string> = {
  version: 'V',
  name: 'n',
  description: 'd',
  seed: 'e',
  durationUs: 'D',
  nodes: 'N',
  cables: 'C',
  workloads: 'W',
  schedule: 'S',
  id: 'i',
  label: 'l',
  kind: 'k',
  workers: 'w',
  queueCapacity: 'q',
  service: 'v',
  us: 'u',
  minUs: 'm0',
  maxUs: 'm1',
  meanUs: 'mu',
  restartUs: 'r',
  latencyUs: 'L',
  jitterUs: 'J',
  lossPercent: 'P',
  bandwidthMbps: 'B',
  client: 'c',
  server: 's',
  mode: 'M',
  intervalUs: 'I',
  startUs: 't0',
  count: 'h',
  timeoutUs: 'T',
  retries: 'R',
  backoffUs: 'bo',
  backoffMultiplier: 'bm',
  backoffJitter: 'bj',
  retryBudgetPercent: 'rB',
  retransmitUs: 'rX',
  notifyOnCrash: 'nC',
  backends: 'bk',
  checkIntervalUs: 'cI',
  checkTimeoutUs: 'cT',
  unhealthyAfter: 'uA',
  healthyAfter: 'hA',
  deepCheck: 'dC',
  fencing: 'fT',
  leader: 'lD',
  heartbeatUs: 'hB',
  electionTimeoutUs: 'eT',
  storage: 'sT',
  writeIntervalUs: 'wI',
  phiThreshold: 'pT',
  linkMonitorUs: 'lM',
  clock: 'ck',
  offsetUs: 'oU',
  driftPpm: 'dP',
  lww: 'lW',
  byUs: 'bU',
  sync: 'sY',
  circuitSlots: 'cS',
  leaseUs: 'lU',
  idempotencyKey: 'K',
  requestBytes: 'qb',
  responseBytes: 'rb',
  cable: 'cb',
  from: 'f',
  node: 'o',
  serviceUs: 'sU',
  atUs: 't',
};

const NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(CODES).map(([name, code]) => [code, name]),
);

function renameKeys(value: unknown, table: Record<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => renameKeys(v, table));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[Object.hasOwn(table, key) ? table[key]! : key] = renameKeys(v, table);
  }
  return out;
}

export const shortenKeys = (value: unknown): unknown => renameKeys(value, CODES);
export const expandKeys = (value: unknown): unknown => renameKeys(value, NAMES);

/** For the tests: every code differs from every other code and from every field name. */
export const KEY_CODES: Readonly<Record<string, string>> = CODES;
