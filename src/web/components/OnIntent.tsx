// Mantine's comboboxes and menus bring floating-ui and their dropdown machinery (about 30 KB gzip).
// Where one is a single field or button on a page, the page shows a plain stand-in with the same
// label and loads the real one when the person reaches for it: the pointer comes over it, it gets
// the focus, a finger touches it. The real one then takes the stand-in's place, with what was
// typed and the focus, so typing and the keyboard carry on; a click on a stand-in button opens the
// real menu once it is in. A first visit fetches none of it (e2e/first-load.spec.ts).
import { useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';

/** A stand-in for a combobox is announced as one, so its role does not change when the real one arrives. */
export const comboboxStandIn = {
  role: 'combobox',
  'aria-expanded': false,
  'aria-haspopup': 'listbox',
  'aria-autocomplete': 'list',
} as const;

export type IntentLoader<Module> = { get: () => Module | undefined; load: () => Promise<Module> };

/** A module loaded at most once, shared by every OnIntent that shows it (e.g. each card's menu). */
export function intentLoader<Module>(load: () => Promise<Module>): IntentLoader<Module> {
  let module: Module | undefined;
  let pending: Promise<Module> | undefined;
  return {
    get: () => module,
    load: () =>
      (pending ??= load().then((loaded) => {
        module = loaded;
        return loaded;
      })),
  };
}

/** What the person did before the real widget was in: typed text, a click, the focus, an Enter. */
export type Intent = { typed: string; clicked: boolean; focused: boolean; entered: boolean };

type Props<Module> = {
  loader: IntentLoader<Module>;
  /** The plain field or button, with the same accessible name as the real one. */
  standIn: ReactElement;
  children: (module: Module, intent: Intent) => ReactNode;
  className?: string;
};

export function OnIntent<Module>({ loader, standIn, children, className }: Props<Module>) {
  const [module, setModule] = useState(loader.get);
  const box = useRef<HTMLDivElement>(null);
  const intent = useRef<Omit<Intent, 'typed'>>({ clicked: false, focused: false, entered: false });
  // What was typed into the stand-in, kept with every keystroke: text typed after the module
  // arrived but before the real widget took over (a fast typist, a cached chunk) is not lost.
  const [typed, setTyped] = useState('');

  const shown = useRef<string | null>(null);
  const reach = () => {
    if (module) return;
    shown.current ??= box.current?.querySelector('input')?.value ?? '';
    void loader.load().then((loaded) => {
      intent.current.focused = !!box.current?.contains(document.activeElement);
      setModule(() => loaded);
    });
  };
  // Only what the person typed carries over, not what the stand-in showed (a name, the tags).
  const onInput = (value: string) => {
    const before = shown.current ?? '';
    setTyped(value === before ? '' : value.startsWith(before) ? value.slice(before.length) : value);
  };

  useLayoutEffect(() => {
    if (!module || !intent.current.focused) return;
    const target = box.current?.querySelector<HTMLElement>('input:not([type=hidden]), button, [tabindex="0"]');
    target?.focus();
    if (target instanceof HTMLInputElement) target.setSelectionRange(target.value.length, target.value.length);
    intent.current.focused = false;
  }, [module]);

  return (
    <div
      ref={box}
      className={className}
      onPointerEnter={reach}
      onTouchStart={reach}
      onFocus={reach}
      onInputCapture={(event) => {
        if (!module && event.target instanceof HTMLInputElement) onInput(event.target.value);
      }}
      onKeyDownCapture={(event) => {
        // Enter in a stand-in would submit the form around it; the real widget acts on it instead.
        if (module || event.key !== 'Enter') return;
        event.preventDefault();
        intent.current.entered = true;
        reach();
      }}
      onClickCapture={() => {
        if (module) return;
        intent.current.clicked = true;
        reach();
      }}
    >
      {module ? children(module, { ...intent.current, typed }) : standIn}
    </div>
  );
}
