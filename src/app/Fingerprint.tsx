/** The run's trace hash: the same scenario and seed give the same fingerprint, in any browser. */
export function Fingerprint({ hash }: { hash: string }) {
  return (
    <p className="fingerprint">
      Run fingerprint <code data-testid="run-fingerprint">{hash}</code>: the same scenario and seed
      always run the same way, so they always show this fingerprint.
    </p>
  );
}
