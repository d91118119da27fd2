import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTimelineStore } from '../state/store.ts';
import { quoteName } from '../lib/display-text.ts';
import { EXPORT_CHOICES, type ExportChoice } from './export-choices.ts';
import { t } from '../i18n/messages.ts';

/** What makes and saves the files: loaded when an item is chosen, not with the page. */
const loadExport = () =>
  Promise.all([import('./export-view.ts'), import('./save-file.ts')]).then(
    ([{ exportFile }, { saveFile }]) => ({ exportFile, saveFile }),
  );

/**
 * "Export": a menu button (the ARIA menu button pattern) whose four items save the view as an
 * image or the shown events as a store. Arrow keys, Home and End move within the menu; Escape
 * closes it and gives the focus back to the button; Tab or a click elsewhere closes it.
 */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const openAt = (which: 'first' | 'last') => {
    setOpen(true);
    // The menu is rendered on opening: focus its item once it is there.
    requestAnimationFrame(() => {
      const all = items();
      (which === 'first' ? all[0] : all.at(-1))?.focus();
    });
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const choose = async (choice: ExportChoice) => {
    close(true);
    setStatus(t().preparing(choice.name()));
    try {
      const { exportFile, saveFile } = await loadExport();
      const { blob, name } = await exportFile(choice.format, useTimelineStore.getState());
      saveFile(blob, name);
      setStatus(t().saved(quoteName(name)));
    } catch (error) {
      setStatus(t().couldNotBeMade(choice.name(), error instanceof Error ? error.message : ''));
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => all[(index + all.length) % all.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(all.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      className="export-menu"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          openAt(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        {t().export} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className="export-menu__list"
          onKeyDown={onMenuKey}
        >
          {EXPORT_CHOICES.map((choice) => (
            <li key={choice.format} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => void choose(choice)}
              >
                {choice.name()}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
