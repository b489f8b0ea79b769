/** The keys of lecture mode, small, at the foot of the screen, for the lecturer's eye. */
const KEYS: readonly [string, string][] = [
  ['Space · → · Page Down', 'go on: play, and at the timeout reveal'],
  ['P', 'play / pause'],
  ['← · Page Up', 'back to the previous outcome'],
  ['Enter · V', 'reveal or hide'],
  ['B', 'blank'],
  ['Q', 'QR code'],
];

export function LectureHint() {
  return (
    <ul className="six-keys" aria-label="Lecture keys">
      {KEYS.map(([keys, what]) => (
        <li key={keys}>
          <kbd>{keys}</kbd> {what}
        </li>
      ))}
    </ul>
  );
}
