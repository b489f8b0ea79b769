import { createContext } from 'react';
import type { LabController } from '../lab/controller.ts';
import type { LabStore } from './lab-store.ts';

export const LabContext = createContext<{ controller: LabController; store: LabStore } | null>(
  null,
);
