import { CALENDAR_CY } from '../../internal/calendar.cy.js';
import type { Translation } from '../../internal/strings.js';
import type { en } from './online-safety.strings.js';

/**
 * Cymraeg: `<safety-online-safety>`'s sentences, loaded only when `lang="cy"` applies. Browser, app and
 * private-mode names (Chrome, Incognito, InPrivate…) and organisations' page titles are proper names and
 * stay as their makers write them. `reviewed: false` until a Welsh speaker has read every string;
 * `npm run check:data` lists those not in `sourced`.
 */
// A browser's name follows a noun ("modd preifat Chrome", "hanes Chrome"), never "yn": after "yn" Welsh would
// ask whether to mutate a maker's name ("yng Nghrome"? "ym Microsoft Edge"?), which no source settles.
const cy: Translation<keyof typeof en> = {
  lang: 'cy',
  reviewed: false,
  calendar: CALENDAR_CY,
  sourced: {
    quickExitLabel: 'Reference §9: "Gadael y dudalen hon" (Exit this page), HMRC play-frontend-hmrc messages.cy',
  },
  strings: {
    heading: 'Cadw’n ddiogel ar-lein',
    intro:
      'Gall fod yn hawdd i rywun weld beth rydych chi’n ei wneud ar-lein, yn enwedig ar ddyfais y maen nhw’n ei defnyddio neu wedi’i defnyddio. Mae’r camau hyn yn ei gwneud yn anoddach.',
    quickExitHeading: 'Beth mae’r botwm “{label}” yn ei wneud',
    quickExitLabel: 'Gadael y dudalen hon',
    quickExitLeaves: 'Mae’n cuddio’r dudalen hon ar unwaith ac yn mynd â chi i {destination}.',
    'quickExitShortcut.shift': 'Mae pwyso Shift 3 gwaith yn gwneud yr un peth.',
    'quickExitShortcut.escape': 'Mae pwyso Escape ddwywaith yn gwneud yr un peth.',
    quickExitKeeps:
      'Nid yw’n dileu eich hanes pori, eich cwcis na’ch lawrlwythiadau: mae’r wefan hon yn aros yn eich hanes.',
    quickExitReturn: 'I ddod yn ôl yn nes ymlaen, chwiliwch am {site} neu dewch o hyd iddi yn eich hanes pori.',
    thisSite: 'y wefan hon',
    browserHeading: 'Eich porwr',
    detected: 'Mae’n edrych fel eich bod yn defnyddio {browser}.',
    inApp:
      'Mae’n edrych fel eich bod wedi agor y dudalen hon yn ap {app}. Mae’r camau isod ar gyfer porwyr; dewiswch yr un rydych chi’n ei ddefnyddio.',
    notDetected: 'Dewiswch eich porwr i weld ei gamau.',
    chooseLabel: 'Dewis porwr neu ddyfais arall',
    general: 'Unrhyw borwr (cyngor cyffredinol)',
    'browser.chrome': 'Chrome',
    'browser.edge': 'Microsoft Edge',
    'browser.firefox': 'Firefox',
    'browser.safari-mac': 'Safari ar Mac',
    'browser.safari-iphone': 'Safari ar iPhone',
    'browser.samsung': 'Samsung Internet',
    'browser.chrome-android': 'Chrome ar Android neu iPhone',
    'app.facebook': 'Facebook',
    'app.instagram': 'Instagram',
    privateHeading: 'Modd preifat {browser}',
    privateName: 'Enw ei fodd preifat yw {mode}.',
    privateKeys: 'I agor ffenestr breifat, pwyswch {keys}.',
    privateHelp: 'Camau gan {owner}: {link}',
    privateHelpLink: 'modd preifat {browser}',
    historyHeading: 'Tynnu’r wefan hon o hanes {browser}',
    historyKeys: 'I agor eich hanes, pwyswch {keys}.',
    historyOnly: 'Tynnwch y tudalennau rydych chi am eu cadw’n breifat yn unig, a gadewch y gweddill.',
    historyHelp: 'Camau gan {owner}: {link}',
    historyHelpLink: 'dileu hanes {browser}',
    historyNoHelp: 'Chwiliwch am History yn newislen y porwr.',
    closeWindow: 'I gau ffenestr yn gyflym, pwyswch {keys} ({mac} ar Mac) neu {alt}.',
    generalPrivate:
      'Mae gan y rhan fwyaf o borwyr fodd preifat: {modes}. Mae’n atal y porwr rhag cadw hanes o’r tudalennau rydych chi’n ymweld â nhw yn y ffenestr honno.',
    generalHistory:
      'I dynnu’r wefan hon o’ch hanes, agorwch hanes y porwr a dilëwch y tudalennau rydych chi am eu cadw’n breifat yn unig.',
    warningsHeading: 'Pethau i’w gwybod',
    'warning.suspicious':
      'Gall clirio’ch hanes i gyd edrych yn amheus ynddo’i hun. Tynnwch y gwefannau rydych chi am eu cadw’n breifat yn unig.',
    'warning.passwords': 'Mae dileu cwcis hefyd yn dileu cyfrineiriau sydd wedi’u cadw ar gyfer eich cyfrifon ar-lein.',
    'warning.sync':
      'Os ydych chi wedi mewngofnodi i’ch porwr, gall eich hanes a’ch chwiliadau gysoni â’ch dyfeisiau eraill: gallai chwiliad ar eich ffôn ymddangos ar gyfrifiadur gartref. Ar ddyfais ddiogel, peidiwch â mewngofnodi i’ch cyfrifon eich hun.',
    'warning.spyware':
      'Gall ysbïwedd, stelcwedd a thraciwyr wylio dyfais beth bynnag mae’r porwr yn ei wneud, a gall gwasanaethau lleoliad ddatgelu ble rydych chi.',
    'warning.safeDevice':
      'Y ddyfais fwyaf diogel yw un nad yw’r person arall erioed wedi cael mynediad ati, fel un mewn llyfrgell, un ffrind neu ddyfais waith.',
    moreHelp: 'Rhagor o help gyda thechnoleg a diogelwch:',
    'signpost.refuge': 'Refuge: secure your tech',
    'signpost.womensAid': 'Women’s Aid: cover your tracks online',
    'signpost.shakti': 'Shakti Women’s Aid: cover your tracks',
    'signpost.womensAidNi': 'Women’s Aid Federation Northern Ireland: stay safe online',
    sourcesHeading: 'O ble daw’r wybodaeth hon',
    sourcesNote:
      'Mae’r tudalennau hyn yn dweud yr hyn a ddangosir yma. Mae porwyr yn newid eu dewislenni: mae eu tudalennau help eu hunain yn rhoi’r camau diweddaraf.',
  },
  content: {},
};

export default cy;
