import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging.ts';
import { createPopupModel } from './model.ts';
import { PopupApp } from './popup-app.tsx';
import '../ui/page.css';

export function mountPopup(root: HTMLElement): void {
  const model = createPopupModel({
    whoami: () => sendMessage('whoami'),
    openOptions: () => browser.runtime.openOptionsPage(),
    uiLanguage: () => browser.i18n.getUILanguage(),
  });
  render(<PopupApp model={model} />, root);
  void model.load();
}
