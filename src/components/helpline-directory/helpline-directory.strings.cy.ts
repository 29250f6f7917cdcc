import { HELPLINES_CY } from '../../data/helplines.cy.js';
import { CALENDAR_CY } from '../../internal/calendar.cy.js';
import type { Translation } from '../../internal/strings.js';
import type { StringKey } from './helpline-directory.strings.js';

/**
 * Cymraeg: `<safety-helpline-directory>`'s strings and the bundled helplines' text. Loaded only when
 * `lang="cy"` applies. `reviewed: false` until a Welsh speaker has read every string; `npm run check:data`
 * lists those not in `sourced`. Weekday names come from `Intl` in Welsh where the browser has them, else
 * from `calendar`.
 */
const cy: Translation<StringKey> = {
  lang: 'cy',
  reviewed: false,
  calendar: CALENDAR_CY,
  sourced: {
    heading: 'Reference §9: "llinell gymorth" (helpline), llyw.cymru; here in the plural',
    always: 'Reference §9: "Ar gael 24 awr y dydd, 7 diwrnod yr wythnos", Live Fear Free, llyw.cymru',
    'category-stalking': 'Reference §9: "stelcio" (stalking), South Wales Police; MoJ Victim and Witness Information',
    'category-domestic-abuse': 'Reference §9: "cam-drin domestig" (domestic abuse), HMCTS; Citizens Advice',
    webchat: 'Reference §9: "Gwasanaeth sgwrsio byw" (live chat), Live Fear Free, llyw.cymru',
    'helpline.national-stalking-helpline.name': 'Reference §9: South Wales Police',
    'helpline.live-fear-free.name': 'Reference §9: "Llinell Gymorth Byw Heb Ofn", llyw.cymru',
  },
  strings: {
    heading: 'Llinellau cymorth',
    callLog: "Mae galwadau i'r rhifau hyn yn ymddangos yn hanes galwadau eich ffôn.",
    emergencyHeading: 'Mewn perygl nawr: ffoniwch 999',
    emergency: "Mae'n rhad ac am ddim.",
    emergencyMore: 'Ffyrdd eraill o gysylltu â’r heddlu',
    silentSolution:
      "Os na allwch siarad, ffoniwch 999 o ffôn symudol, yna pesychwch neu tapiwch. Os na allwch wneud unrhyw sŵn, pwyswch 55 pan fydd y recordiad yn gofyn; os na chaiff 55 ei bwyso, daw'r alwad i ben. Nid yw pwyso 55 ynddo'i hun yn dweud wrth yr heddlu ble rydych chi, ond mae'r rhan fwyaf o ffonau clyfar yn anfon eu lleoliad yn awtomatig gydag unrhyw alwad 999, ac mae galwad o linell dir yn rhoi'r cyfeiriad.",
    relayUk:
      "Os ydych chi'n fyddar, yn drwm eich clyw neu â nam ar eich lleferydd ac yn defnyddio ffôn testun neu ap Relay UK, gallwch gysylltu â'r gwasanaethau brys drwy gyfnewid testun ar 18000. Mae'n rhad ac am ddim.",
    relayUkNumber: 'Relay UK: 18000 (o ffôn testun neu ap Relay UK)',
    relayUkLink: 'Am ap Relay UK',
    relayUkOther: 'Ar gyfer unrhyw rif arall yma, deialwch {prefix} ac yna’r rhif.',
    emergencySms:
      'Mae emergencySMS ar gyfer pobl sy\'n fyddar, yn drwm eu clyw neu â nam ar eu lleferydd. Cofrestrwch eich ffôn symudol yn gyntaf drwy anfon y neges "register" i 999 ac ateb "yes"; yna, mewn argyfwng, gallwch anfon neges destun i 999. Mae neges destun yn cymryd mwy o amser na galwad: ffoniwch 999 os gallwch. Fel arfer daw ateb mewn tua 2 funud; os na ddaw un o fewn 3 munud, anfonwch eto. Mae\'n gweithio o ffonau symudol yn y DU, nid o dramor; cofrestrwch eto os byddwch yn newid eich rhif.',
    emergencySmsLink: 'Anfonwch "register" i 999',
    nonEmergency: 'I gysylltu â’r heddlu pan nad yw’n argyfwng, ffoniwch 101.',
    call: 'Ffoniwch {number}',
    text: 'Tecstiwch {number}',
    textKeyword: 'Tecstiwch {keyword} i {number}',
    email: 'E-bost {email}',
    website: 'Gwefan {name}',
    webchat: 'Gwasanaeth sgwrsio byw gyda {name}',
    runBy: 'Yn cael ei redeg gan {operator}',
    free: 'Am ddim i’w ffonio',
    hiddenFromBill: 'Nid yw’n ymddangos ar filiau ffôn',
    noPhone: 'Dim rhif ffôn: cysylltwch â nhw ar-lein.',
    childline: 'O dan {age}? Mae Childline am ddim i blant a phobl ifanc:',
    chatStatus: 'Sgwrs fyw: {status}',
    interpreters: 'Mae cyfieithwyr ar gael.',
    covers: 'Yn cwmpasu: {nations}',
    nations: 'Lloegr,Cymru,Yr Alban,Gogledd Iwerddon',
    always: 'Ar gael 24 awr y dydd, 7 diwrnod yr wythnos',
    openUntil: 'Ar agor nawr, tan {time}',
    closed: 'Ar gau nawr',
    closedOpens: 'Ar gau nawr, yn agor {day} am {time}',
    today: 'heddiw',
    tomorrow: 'yfory',
    hoursUnknown: 'Gwiriwch yr oriau agor ar eu gwefan.',
    bankHoliday: 'Mae heddiw’n ŵyl banc: gwiriwch yr oriau agor ar eu gwefan.',
    hoursHeading: 'Oriau agor (amser y DU)',
    hoursHeadingAsOf: 'Oriau agor ym mis {date} (amser y DU)',
    hoursDated: 'Oriau agor a welwyd ddiwethaf ym mis {date}: gwiriwch eu gwefan am yr oriau presennol.',
    dayClosed: 'ar gau',
    bankHolidaysClosed: 'Ar gau ar wyliau banc.',
    chatHours: 'Sgwrs fyw: {hours}',
    range: '{open} i {close}',
    liveChecked: 'Gwiriwyd ar {date}',
    sourceWithDate: 'Ffynhonnell: {source}, {date}',
    sourceOnly: 'Ffynhonnell: {source}',
    checkCurrentHours: 'Gwiriwch wefan y gwasanaeth ei hun am yr oriau presennol.',
    'category-children': 'Plant a phobl ifanc',
    searchLabel: 'Chwilio’r llinellau cymorth',
    filterLegend: 'Dangos',
    filterToggle: 'Hidlo: {category}',
    all: 'Pob gwasanaeth',
    'category-stalking': 'Stelcio',
    'category-domestic-abuse': 'Cam-drin domestig',
    'category-victims': 'Dioddefwyr trosedd',
    'category-lgbt': 'LHDT+',
    'category-men': 'Dynion',
    'category-honour-based-abuse': 'Cam-drin ar sail anrhydedd',
    'category-sexual-violence': 'Trais rhywiol',
    'category-emotional-support': 'Cymorth emosiynol',
    'category-legal-help': 'Help cyfreithiol',
    'category-report-crime': 'Rhoi gwybod am drosedd',
    count: 'Yn dangos {shown} o {total} gwasanaeth',
    countFirst: 'Yn dangos y {listed} cyntaf o {shown} gwasanaeth',
    empty: 'Does dim gwasanaethau’n cyfateb i “{query}”.',
    emptyFilter: 'Does dim gwasanaethau’n cyfateb i’r hidlydd hwn.',
    clear: 'Clirio’r chwiliad',
    showMore: 'Dangos rhagor o wasanaethau ({count} heb eu dangos eto)',
    emptyNational: 'Gallwch ffonio’r llinellau cymorth cenedlaethol hyn o hyd:',
    partial: 'Does dim gwasanaeth yn cyfateb i’ch holl eiriau: yn dangos gwasanaethau sy’n cyfateb i rai ohonyn nhw.',
    policeMatches: 'Ffyrdd o gysylltu â’r heddlu',
    keyHeading: 'Ffoniwch linell gymorth',
    sourcesHeading: 'O ble daw’r wybodaeth hon',
    sourcesIntro:
      'Ar gyfer pob gwasanaeth uchod: y gwledydd y mae’n eu cwmpasu, lle maen nhw’n dweud hynny, a’r dudalen y daw ei fanylion ohoni.',
  },
  content: HELPLINES_CY,
};

export default cy;
