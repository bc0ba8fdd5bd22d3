// Lets node resolve 'bp-messages' (which esbuild provides in the bundles) to the parsed properties.
import { register } from 'node:module';

register('./messages-hook.js', import.meta.url);
