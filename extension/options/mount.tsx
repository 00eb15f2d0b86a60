import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging.ts';
import { createOptionsModel, type OptionsPorts } from './model.ts';
import { OptionsApp } from './options-app.tsx';
import '../ui/page.css';

const ports: OptionsPorts = {
  getSettings: () => sendMessage('getSettings'),
  saveSettings: (settings) => sendMessage('saveSettings', settings),
  testConnection: (settings) => sendMessage('testConnection', settings),
  whoami: () => sendMessage('whoami'),
  requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
  uiLanguage: () => browser.i18n.getUILanguage(),
};

export function mountOptions(root: HTMLElement): void {
  const model = createOptionsModel(ports);
  render(<OptionsApp model={model} />, root);
  void model.load();
}
