import { mountPopup } from '../../extension/popup/mount.tsx';

const root = document.getElementById('app');
if (root) mountPopup(root);
