// Bundle balance-point-panel.js: the issue-view panel (data-bp-view="panel").
import { registerView } from '../common/mount.js';
import { renderPanel } from './panel.js';

registerView('panel', renderPanel);
