import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../extension/connection.ts';
import type { SaveSettingsResult, WhoamiResult } from '../../../extension/messaging.ts';
import { createOptionsModel, type OptionsPorts } from '../../../extension/options/model.ts';

const me: WhoamiResult = {
  ok: true,
  stale: false,
  me: { id: 'u', name: 'Jonas Becker', role: 'account_manager', locale: 'de', marketplace: null, shops: [] },
};

function fakePorts(grant: boolean) {
  const calls = { requested: [] as string[], saved: [] as Settings[], tested: [] as Settings[] };
  const ports: OptionsPorts = {
    getSettings: async () => ({ serverUrl: 'http://127.0.0.1:8787', token: 'old' }),
    saveSettings: async (settings): Promise<SaveSettingsResult> => {
      calls.saved.push(settings);
      return { ok: true, settings };
    },
    testConnection: async (settings) => {
      calls.tested.push(settings);
      return me;
    },
    whoami: async () => me,
    requestOrigin: async (pattern) => {
      calls.requested.push(pattern);
      return grant;
    },
    uiLanguage: () => 'fr-CA',
  };
  return { ports, calls };
}

describe('the options model', () => {
  it('loads the settings and switches to the signed-in user’s locale', async () => {
    const { ports } = fakePorts(true);
    const model = createOptionsModel(ports);
    expect(model.locale.value).toBe('fr');
    await model.load();
    expect(model.serverUrl.value).toBe('http://127.0.0.1:8787');
    expect(model.locale.value).toBe('de');
  });

  it('saves a loopback server without asking for a host permission', async () => {
    const { ports, calls } = fakePorts(false);
    const model = createOptionsModel(ports);
    model.serverUrl.value = 'http://localhost:8787/';
    model.token.value = '  tok ';
    await model.save();
    expect(calls.requested).toEqual([]);
    expect(calls.saved).toEqual([{ serverUrl: 'http://localhost:8787', token: 'tok' }]);
    expect(model.status.value).toEqual({ kind: 'saved' });
  });

  it('asks for the origin of a remote server, and stops when it is refused', async () => {
    const { ports, calls } = fakePorts(false);
    const model = createOptionsModel(ports);
    model.serverUrl.value = 'https://lens.example.com/api';
    model.token.value = 'tok';
    await model.test();
    expect(calls.requested).toEqual(['https://lens.example.com/*']);
    expect(calls.tested).toEqual([]);
    expect(model.status.value).toEqual({ kind: 'permission_denied', origin: 'https://lens.example.com' });
  });

  it('tests a remote server once the permission is granted and names the user and role', async () => {
    const { ports, calls } = fakePorts(true);
    const model = createOptionsModel(ports);
    model.serverUrl.value = 'https://lens.example.com';
    model.token.value = 'tok';
    await model.test();
    expect(calls.tested).toEqual([{ serverUrl: 'https://lens.example.com', token: 'tok' }]);
    expect(model.status.value).toEqual({ kind: 'connected', name: 'Jonas Becker', role: 'account_manager' });
    // Before load() the page speaks the browser's language (fr-CA here).
    const { t } = model.i18n.value;
    expect(t('options.connectedAs', { name: 'Jonas Becker', role: t('roles.account_manager') })).toBe(
      'Connecté en tant que Jonas Becker (gestionnaire de compte)',
    );
  });

  it('refuses a server address that is not http(s)', async () => {
    const { ports, calls } = fakePorts(true);
    const model = createOptionsModel(ports);
    model.serverUrl.value = 'ftp://example.com';
    await model.save();
    expect(calls.saved).toEqual([]);
    expect(model.status.value).toEqual({ kind: 'failed', error: 'bad_server_url' });
  });
});
