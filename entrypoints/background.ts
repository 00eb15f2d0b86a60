import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../extension/background/index.ts';

export default defineBackground(() => {
  startBackground();
});
