/**
 * The all-in-one entry: importing it registers every element. To register one element only, import
 * its define file (`safety-elements/quick-exit`); to extend a class without registering anything,
 * import its component file (`safety-elements/components/quick-exit/quick-exit.component.js`).
 */
export { SafetyQuickExit } from './components/quick-exit/safety-quick-exit.js';
export { SafetyHelplineDirectory } from './components/helpline-directory/safety-helpline-directory.js';
export { SafetyFourExplainer } from './components/four-explainer/safety-four-explainer.js';
export { SafetyChecklist } from './components/checklist/safety-checklist.js';
export { SafetyClaresLaw } from './components/clares-law/safety-clares-law.js';
export { SafetyOnlineSafety } from './components/online-safety/safety-online-safety.js';
export { VERSION } from './internal/version.js';
