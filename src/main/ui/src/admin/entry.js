// Bundle balance-point-admin.js: the admin pages (data-bp-view="admin", data-section=…).
import { registerView } from '../common/mount.js';
import { renderAdmin } from './admin.js';

registerView('admin', renderAdmin);
