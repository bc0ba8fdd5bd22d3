// Bundle balance-point-dashboard.js: the team leads' dashboard items (data-bp-view="dashboard-item").
import { registerView } from '../common/mount.js';
import { renderItem } from './item.js';

registerView('dashboard-item', renderItem);
