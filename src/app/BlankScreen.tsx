/** Lecture mode's blank screen (B): black, so the room looks at the lecturer; any key returns. */
export function BlankScreen() {
  return (
    <div className="lecture-blank" role="status">
      <span className="visually-hidden">Screen blanked. Press any key to show it again.</span>
    </div>
  );
}
