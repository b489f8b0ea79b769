/**
 * The keys of lecture mode, as a presentation clicker sends them: Page Down, Space and → go on;
 * Page Up and ← go back; B or . blanks the screen (and any key brings it back); Enter or V
 * reveals what was to be predicted; Q shows the QR code; P plays and pauses. Decided without the DOM, so
 * the mapping is tested.
 */

export type LectureCommand = 'next' | 'back' | 'blank' | 'reveal' | 'qr' | 'play';

export function lectureCommandFor(key: string, modifiers: boolean): LectureCommand | null {
  if (modifiers) return null;
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
    case ' ':
      return 'next';
    case 'PageUp':
    case 'ArrowLeft':
      return 'back';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'Enter':
    case 'v':
    case 'V':
      return 'reveal';
    case 'q':
    case 'Q':
      return 'qr';
    case 'p':
    case 'P':
      return 'play';
    default:
      return null;
  }
}
