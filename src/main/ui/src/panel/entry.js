// Bundle balance-point-panel.js: the issue-view panel (data-bp-view="panel").
import './texts.js'; // first: the viewer's language in Jira, the bundled English elsewhere
import { registerView } from '../common/mount.js';
import { renderPanel } from './panel.js';

registerView('panel', renderPanel);
