/** Placeholder, to be built: the keyboard shortcuts. */
export function useShortcuts(): void {}
