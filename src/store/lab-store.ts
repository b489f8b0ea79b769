/**
 * The lab's store (zustand, vanilla): what React renders. One store per mounted lab, handed down
 * by LabProvider, so tests and several embeds on a page each have their own.
 *
 * `view` mirrors the controller (the simulation lives there, outside React); the rest is the
 * interface's own state: selection, highlight, whether the truth is shown, theme, dialogs.
 */

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LabController, LabView } from '../lab/controller.ts';
import type { StageView } from '../links/link-state.ts';

export type Selection = { kind: 'node'; id: string } | { kind: 'cable'; a: string; b: string };

export type Theme = 'light' | 'dark';

export interface LabData {
  view: LabView;
  selection: Selection | null;
  /**
   * The request (`r3`) highlighted everywhere: the one hovered or focused, else the one
   * chosen (an arrow clicked in the space-time diagram).
   */
  highlight: string | null;
  hovered: string | null;
  chosenRequest: string | null;
  /** Whether "What really happened" is shown. */
  revealed: boolean;
  /** The setting: whether the truth is shown when a scenario opens. */
  revealByDefault: boolean;
  theme: Theme;
  shortcutsOpen: boolean;
  /** What the stage shows: the network or the space-time diagram. */
  stage: StageView;
  /** The diagram shows only what the client saw (always so while the truth is hidden). */
  clientView: boolean;
  /** Whether the editor shows in place of the inspector. */
  editing: boolean;
  /** What the editor last had to say (why an edit was refused), or null. */
  editMessage: string | null;
}

export interface LabActions {
  select(selection: Selection | null): void;
  /** Hovering or focusing a request (null when the pointer or focus leaves). */
  setHighlight(request: string | null): void;
  /** Choosing a request, so it stays highlighted (null to let go). */
  chooseRequest(request: string | null): void;
  setRevealed(revealed: boolean): void;
  setRevealByDefault(reveal: boolean): void;
  setTheme(theme: Theme): void;
  setShortcutsOpen(open: boolean): void;
  setEditing(editing: boolean): void;
  setStage(stage: StageView): void;
  setClientView(clientView: boolean): void;
  setEditMessage(message: string | null): void;
}

export type LabState = LabData & LabActions;
export type LabStore = StoreApi<LabState>;

export interface LabPreferences {
  revealByDefault: boolean;
  theme: Theme;
}

/**
 * `savePreferences` is called as soon as a setting changes (not after the next render), so a
 * reload right after a change keeps it.
 */
export function createLabStore(
  controller: LabController,
  preferences: LabPreferences,
  savePreferences: (preferences: LabPreferences) => void = () => {},
): LabStore {
  const store = createStore<LabState>()((set, get) => ({
    view: controller.view(),
    selection: null,
    highlight: null,
    hovered: null,
    chosenRequest: null,
    revealed: preferences.revealByDefault,
    revealByDefault: preferences.revealByDefault,
    theme: preferences.theme,
    shortcutsOpen: false,
    editing: false,
    editMessage: null,
    stage: 'network',
    clientView: false,
    select: (selection) => set({ selection }),
    setHighlight: (hovered) => set({ hovered, highlight: hovered ?? get().chosenRequest }),
    chooseRequest: (chosenRequest) =>
      set({ chosenRequest, highlight: get().hovered ?? chosenRequest }),
    setRevealed: (revealed) => set({ revealed }),
    setRevealByDefault: (revealByDefault) => {
      set({ revealByDefault });
      savePreferences({ theme: get().theme, revealByDefault });
    },
    setTheme: (theme) => {
      set({ theme });
      savePreferences({ theme, revealByDefault: get().revealByDefault });
    },
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
    setEditing: (editing) => set({ editing, editMessage: null }),
    setEditMessage: (editMessage) => set({ editMessage }),
    setStage: (stage) => set({ stage }),
    setClientView: (clientView) => set({ clientView }),
  }));
  controller.onChange(() => {
    const view = controller.view();
    const before = store.getState().view;
    // A fresh run (a reset, a new seed, another scenario) starts with the truth as the
    // setting says, so a class can guess again; another scenario also clears the selection.
    const fresh = view.run !== before.run;
    const other = view.presetId !== before.presetId || view.scenario.name !== before.scenario.name;
    if (!fresh) store.setState({ view });
    else
      store.setState({
        view,
        revealed: store.getState().revealByDefault,
        ...(other ? { selection: null } : {}),
      });
  });
  return store;
}
