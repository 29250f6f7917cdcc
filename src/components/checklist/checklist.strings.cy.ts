import { HELPLINES_CY } from '../../data/helplines.cy.js';
import { CALENDAR_CY } from '../../internal/calendar.cy.js';
import type { Translation } from '../../internal/strings.js';
import type { ChecklistStrings } from './checklist.strings.js';

/**
 * Cymraeg: `<safety-checklist>`'s strings and the built-in plan (`group.<id>`, `item.<id>`), loaded only
 * when `lang="cy"` applies. A site's own steps are shown as the site wrote them. `reviewed: false` until a
 * Welsh speaker has read every string; `npm run check:data` lists those not in `sourced`.
 */
const cy: Translation<keyof ChecklistStrings> = {
  lang: 'cy',
  reviewed: false,
  calendar: CALENDAR_CY,
  sourced: {
    'helpline.national-stalking-helpline.name': 'Reference §9: South Wales Police',
  },
  strings: {
    heading: 'Fy nghynllun diogelwch',
    intro: "Ticiwch bob cam pan fyddwch wedi'i wneud. Gallwch argraffu eich cynllun neu ei gadw fel PDF.",
    notSaved:
      "Nid yw dim rydych chi'n ei dicio yn cael ei gadw: bydd eich ticiau wedi mynd pan fyddwch yn gadael y dudalen hon.",
    progress: '{done} o {total} cam wedi’u gwneud',
    groupProgress: '{done} o {total} wedi’u gwneud',
    notes: 'Nodiadau',
    print: 'Argraffu neu gadw fy nghynllun',
    printWarning:
      "Gall rhywun arall ddod o hyd i gynllun wedi'i argraffu neu ei gadw. Cadwch ef yn rhywle diogel, a gallwch roi teitl iddo nad yw'n dweud beth ydyw.",
    printTitleLabel: "Teitl ar y copi wedi'i argraffu neu ei gadw",
    clear: 'Clirio fy nghynllun',
    cleared: 'Mae eich cynllun wedi cael ei glirio.',
    askSession: 'Cadw fy nhiciau nes i mi gau’r tab hwn',
    askDevice: 'Cadw fy nhiciau ar y ddyfais hon',
    warnSession:
      "Bydd eich ticiau'n cael eu cadw yn y tab porwr hwn nes i chi ei gau. Gallai unrhyw un sy'n defnyddio'r ddyfais hon tra bo'r tab ar agor, neu sy'n ei ailagor o hanes y porwr, eu gweld.",
    warnDevice:
      "Bydd eich ticiau'n cael eu cadw ar y ddyfais hon nes i chi eu clirio. Gallai unrhyw un sy'n defnyddio'r ddyfais hon, neu sy'n ei gwirio, eu gweld, hyd yn oed ar ôl i chi gau'r porwr.",
    confirm: 'Ydw, cadwch fy nhiciau',
    cancel: 'Na, peidiwch â’u cadw',
    savingSession:
      'Mae eich ticiau’n cael eu cadw nes i chi gau’r tab hwn. Defnyddiwch "Clirio fy nghynllun" i’w dileu nawr.',
    savingDevice: 'Mae eich ticiau’n cael eu cadw ar y ddyfais hon. Defnyddiwch "Clirio fy nghynllun" i’w dileu.',
    failed: "Ni wnaeth eich porwr adael i'r dudalen hon gadw eich ticiau. Ni chafodd dim ei gadw.",
  },
  content: {
    'group.evidence': 'Tystiolaeth a dyddiadur',
    'item.evidence-diary':
      "Ysgrifennwch bob digwyddiad ar unwaith: y dyddiad, yr amser a'r lle, beth ddigwyddodd, unrhyw gerbyd, unrhyw dystion, a sut gwnaeth i chi deimlo. Gellir defnyddio cofnod a wnaed ar y pryd yn y llys.",
    'item.evidence-keep':
      'Cadwch lythyrau, anrhegion, negeseuon testun, e-byst a sgrinluniau. Cyffyrddwch â phethau cyn lleied â phosibl.',
    'item.evidence-report-early': "Peidiwch ag aros nes eich bod wedi casglu tystiolaeth cyn rhoi gwybod i'r heddlu.",
    'item.evidence-golden-rules':
      'Dilynwch chwe rheol euraidd Paladin: rhowch wybod yn gynnar, cewch gyngor ymarferol, casglwch dystiolaeth, cadwch ddyddiadur, atebwch gwestiynau risg S-DASH, ac ymddiriedwch yn eich greddf.',
    'group.dont-engage': 'Peidiwch ag ymateb',
    'item.engage-never': "Peidiwch byth â wynebu, ateb na chyfarfod â'r person sy'n eich stelcio.",
    'item.engage-block-or-mute':
      "Penderfynwch a ydych am eu rhwystro neu eu tawelu ar-lein. Mae'r cyngor yn amrywio: mae Veritas Justice yn awgrymu eu tawelu yn hytrach na'u rhwystro, er mwyn cadw tystiolaeth ac osgoi gwneud pethau'n waeth; mae Heddlu Swydd Stafford yn cynghori eu rhwystro.",
    'group.home': 'Gartref',
    'item.home-locks': 'Newidiwch y cloeon.',
    'item.home-alarm': 'Ychwanegwch larwm neu gamera.',
    'item.home-keys': "Sicrhewch fod eich allweddi'n barod pan fyddwch yn cyrraedd y drws.",
    'item.home-phone': 'Atebwch y ffôn drwy ddweud "helo" yn unig.',
    'group.out': 'Allan o’r tŷ',
    'item.out-vary': "Amrywiwch eich llwybrau a'r amseroedd rydych chi'n teithio.",
    'item.out-tell': 'Dywedwch wrth rywun am eich cynlluniau.',
    'item.out-phone': 'Cariwch ffôn sydd wedi’i wefru.',
    'item.out-alarm': 'Cariwch larwm personol. Peidiwch byth â chario arf.',
    'item.out-followed':
      "Meddyliwch i ble byddech chi'n mynd pe bai rhywun yn eich dilyn: siop brysur, tŷ â'i oleuadau ymlaen, gorsaf betrol â theledu cylch cyfyng, neu orsaf heddlu.",
    'group.online': 'Ar-lein a dyfeisiau',
    'item.online-passwords':
      "Newidiwch eich cyfrineiriau a throwch fewngofnodi dau gam ymlaen, o ddyfais nad yw'r person arall erioed wedi cael mynediad ati.",
    'item.online-privacy': 'Gosodwch eich cyfrifon cyfryngau cymdeithasol i fod yn breifat.',
    'item.online-location': 'Diffoddwch rannu lleoliad, a geotagio ar eich lluniau.',
    'item.online-pin': 'Rhowch PIN ar eich ffôn.',
    'item.online-spyware':
      "Os ydych chi'n meddwl bod ysbïwedd ar eich ffôn neu'ch cyfrifiadur, gofynnwch am gyngor cyn i chi ei wirio neu ei dynnu: gall gwneud hynny rybuddio'r person a'i gosododd. Gall y Llinell Gymorth Genedlaethol ar gyfer Achosion o Stelcio neu'r heddlu eich cynghori.",
    'item.online-trackers':
      'Chwiliwch am draciwyr fel AirTags: trowch rybuddion traciwr anhysbys ymlaen (Android) neu hysbysiadau tracio (iPhone), defnyddiwch "chwarae sain", a chwiliwch eich car a’ch bagiau.',
    'item.online-tracker-found':
      'Os dewch chi o hyd i draciwr, tynnwch ei fatri, peidiwch â mynd ag ef i gyfeiriad diogel, a dywedwch wrth yr heddlu.',
    'group.support': 'Dweud wrth bobl a chael cymorth',
    'item.support-tell': "Dywedwch wrth eich teulu, eich cymdogion a'ch cyflogwr beth sy'n digwydd.",
    'item.support-spoc': "Gofynnwch i'r heddlu am eu pwynt cyswllt unigol ar gyfer stelcio (SPOC).",
    'item.support-helpline': 'Cysylltwch â’r Llinell Gymorth Genedlaethol ar gyfer Achosion o Stelcio i gael cyngor.',
    'item.support-scotland':
      'Cysylltwch ag Action Against Stalking, elusen yn yr Alban sy’n cynnig eiriolaeth a chymorth, neu Victim Support Scotland.',
    'item.support-isac':
      'Gofynnwch am Weithiwr Achos Eiriolaeth Stelcio Annibynnol (ISAC). Mae eiriolwyr Paladin yn cefnogi pobl sydd mewn perygl mawr.',
    'helpline.national-stalking-helpline.name': HELPLINES_CY['helpline.national-stalking-helpline.name']!,
    'helpline.paladin.name': HELPLINES_CY['helpline.paladin.name']!,
    'helpline.action-against-stalking.name': HELPLINES_CY['helpline.action-against-stalking.name']!,
    'helpline.victim-support-scotland.name': HELPLINES_CY['helpline.victim-support-scotland.name']!,
  },
};

export default cy;
