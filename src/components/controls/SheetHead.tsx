interface Props {
  kind: string;
  name: string;
  onClose(): void;
}

/**
 * The top of the inspector when it is a bottom sheet (a phone): what is selected, always in
 * sight while the actions scroll under it, and a way to put the sheet away.
 */
export function SheetHead({ kind, name, onClose }: Props) {
  return (
    <div className="ctl-sheet-head">
      <p className="ctl-sheet-title">
        <span className="ctl-sheet-kind">{kind}</span>{' '}
        <span className="ctl-sheet-name">{name}</span>
      </p>
      <button type="button" className="ctl-button ctl-button-small" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
