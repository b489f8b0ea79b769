import { useEffect, useState } from 'react';
import { useController } from '../store/hooks.ts';
import { choiceFromHash, unknownNotice } from './preset-hash.ts';

/**
 * Following a `#preset=<id>` link inside the page (or editing the address) changes only the
 * hash: open that preset, as a fresh load would. Returns the notice to show for an unknown id.
 */
export function usePresetLinks(firstNotice: string | null): string | null {
  const controller = useController();
  const [notice, setNotice] = useState(firstNotice);
  useEffect(() => {
    const onHashChange = () => {
      const { preset, unknownId } = choiceFromHash(window.location.hash);
      setNotice(unknownId === null ? null : unknownNotice(unknownId));
      if (preset.id !== controller.view().presetId || unknownId !== null) {
        controller.load(preset.scenario, preset.id);
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [controller]);
  return notice;
}
