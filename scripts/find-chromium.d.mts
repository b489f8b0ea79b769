export declare const NO_CHROMIUM_MESSAGE: string;
export declare const CHROMIUM_ARGS: string[];

export interface FoundChromium {
  /** Undefined for Playwright's own build: Playwright then uses its default. */
  executablePath: string | undefined;
  source: 'playwright' | 'system';
}

export declare function findChromium(): FoundChromium | null;
