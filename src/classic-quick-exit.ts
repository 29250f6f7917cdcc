/**
 * The quick exit's own classic (non-module) file, `dist/cdn/safety-quick-exit.iife.js`, and the first part
 * of the complete classic file: the quick exit is defined, and inserted from the `<script data-quick-exit>`
 * attributes, before any other element's code runs.
 *
 * Alone, it is armed as soon as its 12 KB have arrived. A page that loads it in `<head>` and the complete file
 * with `defer` has its quick exit armed at 1.10× GOV.UK's time on Slow 4G at 4x CPU, against 1.31× with the
 * complete file alone, which must arrive whole before any of it runs (`npm run bench`, README "Quick exit
 * first"). The complete file then leaves the tag as this file defined it (same version: no warning).
 */
import './components/quick-exit/safety-quick-exit.js';
import { insertQuickExitFromScript } from './script-tag.js';

insertQuickExitFromScript(document.currentScript);
