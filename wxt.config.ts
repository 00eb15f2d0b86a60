import { defineConfig } from 'wxt';

// Marketplace hosts beyond the local server are requested at run time (optional_host_permissions),
// so the extension installs with the least it needs. JSX is Preact's via tsconfig's jsxImportSource.
export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: 'SellerLens',
    description: 'Quality scores and unresolved-review alerts on your marketplace admin',
    // AbortSignal.any (feature lifecycles in content scripts) arrived in Chrome 116.
    minimum_chrome_version: '116',
    permissions: ['storage', 'alarms'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  },
});
