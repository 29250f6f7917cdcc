/**
 * Every user-visible string of `<safety-checklist>` (the plan's steps come from the data). Override any
 * of them with the `strings` property or attribute (JSON), or the title alone with `heading`.
 */
export const en = {
  heading: 'My safety plan',
  intro: 'Tick each step when you have done it. You can print your plan or save it as a PDF.',
  notSaved: 'Nothing you tick is saved: your ticks are gone when you leave this page.',
  progress: '{done} of {total} steps done',
  groupProgress: '{done} of {total} done',
  notes: 'Notes',
  print: 'Print or save my plan',
  printWarning:
    'A printed or saved plan can be found by someone else. Keep it somewhere safe, and you can give it a title that does not say what it is.',
  printTitleLabel: 'Title on the printed or saved copy',
  clear: 'Clear my plan',
  cleared: 'Your plan has been cleared.',
  askSession: 'Keep my ticks until I close this tab',
  askDevice: 'Save my ticks on this device',
  warnSession:
    "Your ticks will be kept in this browser tab until you close it. Anyone who uses this device while the tab is open, or who reopens it from the browser's history, could see them.",
  warnDevice:
    'Your ticks will be saved on this device until you clear them. Anyone who uses this device, or checks it, could see them, even after you close the browser.',
  confirm: 'Yes, keep my ticks',
  cancel: "No, don't keep them",
  savingSession: 'Your ticks are kept until you close this tab. Use "Clear my plan" to remove them now.',
  savingDevice: 'Your ticks are saved on this device. Use "Clear my plan" to remove them.',
  failed: 'Your browser did not let this page keep your ticks. Nothing was saved.',
};

export type ChecklistStrings = typeof en;
