// Bundle balance-point-admin.js: the admin pages (data-bp-view="admin", data-section=…).
import './texts.js'; // first: the viewer's language in Jira, the bundled English elsewhere
import { registerView } from '../common/mount.js';
import { renderAdmin } from './admin.js';

registerView('admin', renderAdmin);
