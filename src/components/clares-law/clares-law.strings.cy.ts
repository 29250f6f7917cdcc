import { HELPLINES_CY } from '../../data/helplines.cy.js';
import { CALENDAR_CY } from '../../internal/calendar.cy.js';
import type { Translation } from '../../internal/strings.js';
import type { ClaresLawStrings } from './clares-law.strings.js';

/**
 * Cymraeg: `<safety-clares-law>`'s sentences (same keys and variants as the English table), and the
 * schemes' and helplines' names (`scheme.<nation>.name`, `helpline.<id>.name`), loaded only when
 * `lang="cy"` applies. England and Wales's scheme is "Cynllun Datgelu Trais Domestig (Cyfraith Clare)",
 * as in the Home Office's bilingual booklet and GOV.UK's Welsh guidance (reference section 9); the
 * Scottish and Northern Irish schemes keep their own (English) names. No Welsh was found for "Right to
 * Ask", "Right to Know" or "Power to Tell": the Welsh here is this project's, with the English name in
 * brackets so a reader can match what the police say. `reviewed: false` until a Welsh speaker has read
 * every string; `npm run check:data` lists those not in `sourced`.
 */
const cy: Translation<keyof ClaresLawStrings> = {
  lang: 'cy',
  reviewed: false,
  calendar: CALENDAR_CY,
  sourced: {
    'scheme.england-wales.name': 'Reference §9: Home Office bilingual booklet; GOV.UK Welsh guidance',
    'helpline.live-fear-free.name': 'Reference §9: "Llinell Gymorth Byw Heb Ofn", llyw.cymru',
  },
  strings: {
    heading: 'Gofyn i’r heddlu am orffennol partner',
    'intro.england-wales':
      "Gallwch ofyn i'r heddlu a oes gan bartner neu gyn-bartner hanes o ymddygiad treisgar neu gamdriniol. Dyma'r {name} ({abbr}), neu Gyfraith Clare. Mae pob heddlu yng Nghymru a Lloegr wedi'i redeg ers {since}.",
    'intro.scotland':
      "Gallwch ofyn i'r heddlu am orffennol partner. Dyma'r {name} ({abbr}). Mae wedi bod ar waith ledled yr Alban ers {since}.",
    'intro.northern-ireland':
      "Gallwch ofyn i'r heddlu am orffennol partner. Dyma'r {name} ({abbr}). Mae Gwasanaeth Heddlu Gogledd Iwerddon (PSNI) wedi'i redeg ers {since}.",
    'statutory.england-wales':
      "Ers {date}, rhaid i bob heddlu roi sylw i ganllawiau statudol y Swyddfa Gartref ar gyfer y cynllun (adran 77 o'r Domestic Abuse Act 2021).",
    emergency: 'Mewn argyfwng, ffoniwch {phone}.',

    question: 'Am bwy rydych chi’n gofyn?',
    askPartner: 'Fy mhartner neu fy nghyn-bartner',
    'askPartner.scotland': 'Fy mhartner',
    'askPartner.northern-ireland': 'Fy mhartner',
    askOther: 'Partner aelod o’r teulu neu ffrind',
    'status.partner': "Mae'r camau isod bellach yn disgrifio gofyn am eich partner eich hun.",
    'status.other': "Mae'r camau isod bellach yn disgrifio gofyn am bartner rhywun arall.",

    sectionWho: 'Pwy all ofyn',
    sectionHow: 'Sut i ofyn',
    sectionSteps: 'Beth sy’n digwydd',
    sectionTold: 'Pwy sy’n cael gwybod, a beth',

    'rightToAsk.england-wales':
      "Yr Hawl i Ofyn (Right to Ask): gallwch ofyn am eich partner neu eich cyn-bartner eich hun. Gall aelod o'r teulu, ffrind neu gymydog hefyd ofyn am bartner neu gyn-bartner rhywun y maen nhw'n poeni amdano.",
    'rightToAsk.england-wales.partner':
      'Yr Hawl i Ofyn (Right to Ask): gallwch ofyn am eich partner neu eich cyn-bartner.',
    'rightToAsk.england-wales.other':
      "Yr Hawl i Ofyn (Right to Ask): fel aelod o'r teulu, ffrind neu gymydog, gallwch ofyn am bartner neu gyn-bartner rhywun rydych chi'n poeni amdano.",
    'rightToAsk.scotland':
      "Yr Hawl i Ofyn (Right to Ask): gallwch ofyn am eich partner. Gall teulu, ffrindiau, cydweithwyr neu gymdogion hefyd ofyn am bartner rhywun y maen nhw'n poeni amdano.",
    'rightToAsk.scotland.partner': 'Yr Hawl i Ofyn (Right to Ask): gallwch ofyn am eich partner.',
    'rightToAsk.scotland.other':
      "Yr Hawl i Ofyn (Right to Ask): fel aelod o'r teulu, ffrind, cydweithiwr neu gymydog, gallwch ofyn am bartner rhywun rydych chi'n poeni amdano.",
    'rightToAsk.northern-ireland':
      "Yr Hawl i Ofyn (Right to Ask): gallwch ofyn am eich partner. Gall rhywun sy'n adnabod y person sydd mewn perygl ac sy'n poeni amdano wneud cais hefyd.",
    'rightToAsk.northern-ireland.partner': 'Yr Hawl i Ofyn (Right to Ask): gallwch ofyn am eich partner.',
    'rightToAsk.northern-ireland.other':
      "Yr Hawl i Ofyn (Right to Ask): os ydych chi'n adnabod rhywun ac yn poeni am ei bartner, gallwch wneud cais.",
    'right-to-know':
      'Yr Hawl i Wybod (Right to Know): gall yr heddlu hefyd benderfynu eu hunain i ddweud wrth rywun, pan fo gwybodaeth yn awgrymu ei fod mewn perygl.',
    'power-to-tell':
      'Y Pŵer i Ddweud (Power to Tell): gall gweithwyr proffesiynol hefyd ofyn i ddatgeliad gael ei wneud.',
    'power-to-tell.northern-ireland':
      "Y Pŵer i Ddweud (Power to Tell): gall yr heddlu hefyd ddweud wrth rywun eu hunain os yw'r wybodaeth a gânt yn awgrymu y gallai'r person hwnnw fod mewn perygl.",
    'eligibility.northern-ireland':
      "Rhaid i chi fod yn {age} oed neu'n hŷn i wneud cais, a rhaid i'r person sydd mewn perygl fyw yng Ngogledd Iwerddon.",

    'route.phone-101': 'Ffoniwch {phone}, rhif yr heddlu pan nad yw’n argyfwng',
    'route.police-station': 'Ewch i orsaf heddlu',
    'route.officer': 'Siaradwch ag unrhyw swyddog heddlu',
    'route.officer.scotland': 'Siaradwch â swyddog heddlu',
    'route.force-online-form': 'Defnyddiwch ffurflen ar-lein eich heddlu, os oes un ganddo',
    'route.force-online-form.linked': 'Defnyddiwch y ffurflen ar-lein: {link}',
    'route.national-online-form': 'Gwnewch gais ar-lein ar wefan {link}',
    'route.national-online-form.scotland': 'Gwnewch gais ar-lein gyda ffurflen Hawl i Ofyn, sydd â dolen iddi o {link}',
    // Mutated: it is only ever the link after "o" in route.national-online-form.scotland ("o dudalen").
    'formPage.scotland': 'dudalen cyngor cam-drin domestig Heddlu’r Alban',

    applyHeading: 'Gwneud cais',
    applyLabel: "Gwneud cais ar-lein i'ch heddlu",
    applyLabelNamed: 'Gwneud cais ar-lein i {police}',
    applyLabelForce: '{label} ({police})',
    apply:
      "Ffoniwch {phone} a gofynnwch i'r heddlu am y {name}. Gallwch hefyd fynd i orsaf heddlu neu siarad ag unrhyw swyddog heddlu.",
    applyForce:
      'Ffoniwch {phone} a gofynnwch i {police} am y {name}. Gallwch hefyd fynd i orsaf heddlu neu siarad ag unrhyw swyddog heddlu.',
    applyNational: 'Gwnewch gais ar-lein ar wefan {owner}',
    'applyNational.scotland': 'Dewch o hyd i ffurflen Hawl i Ofyn ar dudalen cyngor cam-drin domestig Heddlu’r Alban',
    applyAlso: 'Neu ffoniwch {phone}.',
    applyAlsoForce: 'Neu ffoniwch {phone} a gofyn i {police}.',
    'applyAlso.northern-ireland': "I siarad â'r heddlu, ffoniwch {phone}.",

    'step.apply': 'Rydych chi’n gwneud cais, yn un o’r ffyrdd uchod.',
    'step.safe-contact': "Mae'r heddlu'n cytuno ar ffordd ddiogel o gysylltu â chi.",
    'step.checks':
      "Maen nhw'n cynnal gwiriadau cyntaf ac asesiad risg, nid tra byddwch chi yno. Os byddwch yn disgrifio trosedd, efallai y byddan nhw'n ymchwilio iddi.",
    'step.meeting':
      'Efallai y gofynnir i chi gyfarfod â swyddog arbenigol wyneb yn wyneb a dangos prawf o bwy ydych chi.',
    'step.partner-agencies': "Mae'r heddlu'n holi asiantaethau partner.",
    'step.panel':
      "Mae'r heddlu ac asiantaethau partner yn penderfynu gyda'i gilydd a yw dweud yn gyfreithlon, yn angenrheidiol ac yn gymesur, ac a oes angen dybryd i ddweud.",
    'step.outcome':
      "Os ydyn nhw'n penderfynu dweud, caiff y person sydd mewn perygl, neu bwy bynnag sydd yn y sefyllfa orau i'w ddiogelu, wybod wyneb yn wyneb.",
    'step.outcome.partner':
      "Os ydyn nhw'n penderfynu dweud, cewch chi, neu bwy bynnag sydd yn y sefyllfa orau i'ch diogelu, wybod wyneb yn wyneb.",
    'step.outcome.other':
      "Os ydyn nhw'n penderfynu dweud, caiff y person sydd mewn perygl, neu bwy bynnag sydd yn y sefyllfa orau i'w ddiogelu, wybod wyneb yn wyneb. Fel arfer ni chewch chi wybod beth a ganfuwyd.",
    'step.apply-online': "Rydych chi'n gwneud cais gyda'r ffurflen ar-lein.",
    'step.meeting-photo-id':
      'Os nad ydych chi mewn perygl uniongyrchol ond bod gan yr heddlu bryder, byddant yn gofyn am gael cyfarfod â chi, ac yn gofyn am ddogfen adnabod â llun.',
    'timescale.target': "Mae'r canllawiau presennol yn gosod targed o {days} diwrnod ar gyfer hyn.",
    'timescale.within': "Caiff ceisiadau eu prosesu o fewn {days} diwrnod neu'n gynt.",

    whoIsTold:
      "Os yw'r heddlu'n penderfynu dweud, maen nhw'n dweud wrth y person sydd mewn perygl, neu bwy bynnag sydd yn y sefyllfa orau i'w ddiogelu.",
    'whoIsTold.partner':
      "Os yw'r heddlu'n penderfynu dweud, maen nhw'n dweud wrthych chi, neu bwy bynnag sydd yn y sefyllfa orau i'ch diogelu.",
    'whoIsTold.other':
      "Os yw'r heddlu'n penderfynu dweud, maen nhw'n dweud wrth y person sydd mewn perygl, neu bwy bynnag sydd yn y sefyllfa orau i'w ddiogelu. Fel y person a ofynnodd, fel arfer ni chewch chi wybod.",
    howTold:
      "Cânt wybod wyneb yn wyneb, heb gopi ysgrifenedig, a rhaid iddynt gadw'r wybodaeth yn gyfrinachol. Mae'r heddlu'n ceisio cadw pwy wnaeth gais yn gyfrinachol, ond ni allant addo hynny.",
    'howTold.partner':
      "Cewch wybod wyneb yn wyneb, a chewch chi ddim copi ysgrifenedig. Rhaid i chi gadw'r hyn a ddywedir wrthych yn gyfrinachol.",
    whatMayBeShared:
      'Beth all gael ei rannu: euogfarnau, rhybuddiadau neu geryddon am droseddau treisgar neu gamdriniol, neu wybodaeth berthnasol gan yr heddlu.',
    nothingShared:
      "Does dim yn cael ei rannu pan nad oes risg, pan nad oes gan yr heddlu ddim, neu pan nad oes angen dybryd i'w rannu.",
    support:
      "Cynigir cynllun diogelwch. Beth bynnag fo'r canlyniad, gallwch gael cymorth gan y llinellau cymorth isod.",
    'support.other':
      "Cynigir cynllun diogelwch i'r person sydd mewn perygl. Beth bynnag fo'r canlyniad, gallwch gael cymorth gan y llinellau cymorth isod.",

    worriedHeading: 'Os ydych chi’n poeni nawr',
    inWales: 'Yng Nghymru: ',
    inEngland: 'Yn Lloegr: ',
    'who.national-domestic-abuse-helpline': '(i fenywod, ac i deulu a ffrindiau sy’n ffonio ar eu rhan)',
    'who.mens-advice-line': '(i ddynion)',
    'who.childline': '(i blant a phobl ifanc hyd at 19 oed)',
    open247: 'Ar gael 24 awr y dydd, 7 diwrnod yr wythnos.',
    sourcesHeading: 'O ble daw’r wybodaeth hon',
    sourcesNote:
      "Mae'r tudalennau hyn yn dweud yr hyn a ddangosir yma. Gall manylion newid, felly gwiriwch gyda'r heddlu hefyd.",
    sourcesLiveNote: "Gwiriwyd ar y tudalennau hyn ar {date}. Gall manylion newid, felly gwiriwch gyda'r heddlu hefyd.",
  },
  content: {
    'scheme.england-wales.name': 'Cynllun Datgelu Trais Domestig',
    'scheme.scotland.name': 'Disclosure Scheme for Domestic Abuse Scotland',
    'scheme.northern-ireland.name': 'Domestic Violence and Abuse Disclosure Scheme',
    'helpline.national-domestic-abuse-helpline.name': HELPLINES_CY['helpline.national-domestic-abuse-helpline.name']!,
    'helpline.live-fear-free.name': HELPLINES_CY['helpline.live-fear-free.name']!,
    'helpline.scotland-domestic-abuse-helpline.name': HELPLINES_CY['helpline.scotland-domestic-abuse-helpline.name']!,
    'helpline.ni-domestic-sexual-abuse-helpline.name': HELPLINES_CY['helpline.ni-domestic-sexual-abuse-helpline.name']!,
    'helpline.mens-advice-line.name': HELPLINES_CY['helpline.mens-advice-line.name']!,
    'helpline.childline.name': HELPLINES_CY['helpline.childline.name']!,
  },
};

export default cy;
