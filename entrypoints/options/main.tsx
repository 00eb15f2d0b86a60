import { mountOptions } from '../../extension/options/mount.tsx';

const root = document.getElementById('app');
if (root) mountOptions(root);
