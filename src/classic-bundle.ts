/**
 * The classic (non-module) all-in-one file, `dist/cdn/safety-elements.iife.js`. Besides registering
 * every element, it can insert a quick exit by itself from attributes on its own `<script>` tag, for
 * CMSes whose editors strip unknown tags:
 *
 *   <script src="…/safety-elements.iife.js" data-quick-exit data-quick-exit-href="https://www.bbc.co.uk/weather"></script>
 */
import './classic-quick-exit.js';
// Evaluated in this order: the quick exit first, then the note, then every content element.
import './classic-trusted-types-note.js';

export * from './index.js';
