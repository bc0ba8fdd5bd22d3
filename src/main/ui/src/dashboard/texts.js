// Imported first by entry.js: takes the viewer's texts that Jira put on the page for this bundle's
// web-resource before any other module of the bundle asks for a text (some build labels on import).
import { useJiraTexts } from '../common/i18n.js';

useJiraTexts('dashboard-resources');
