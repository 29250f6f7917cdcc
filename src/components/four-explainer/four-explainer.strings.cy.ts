import { FOUR_CY } from '../../data/four.cy.js';
import { HELPLINES_CY } from '../../data/helplines.cy.js';
import { STALKING_LAW_CY } from '../../data/stalking-law.cy.js';
import { CALENDAR_CY } from '../../internal/calendar.cy.js';
import type { Translation } from '../../internal/strings.js';
import type { FourStringKey } from './four-explainer.strings.js';

/**
 * Cymraeg: `<safety-four-explainer>`'s strings, its bundled content and the law for every nation, loaded
 * only when `lang="cy"` applies. `reviewed: false` until a Welsh speaker has read every string;
 * `npm run check:data` lists those not in `sourced`.
 */
const cy: Translation<FourStringKey> = {
  lang: 'cy',
  reviewed: false,
  calendar: CALENDAR_CY,
  sourced: {
    'helpline.national-stalking-helpline.name': 'Reference §9: South Wales Police',
  },
  strings: {
    heading: 'Ai stelcio yw e? Meddyliwch FOUR',
    intro: 'Mae’r heddlu’n defnyddio’r gair Saesneg FOUR i adnabod stelcio. Ymddygiad yw stelcio sydd:',
    sentence: 'Stelcio yw ymddygiad sy’n dangos y pedwar arwydd: {fixated}, {obsessive}, {unwanted} a {repeated}.',
    examples: 'Er enghraifft:',
    vsHeading: 'Stelcio ynteu aflonyddu?',
    lawHeading: 'Beth mae’r gyfraith yn ei ddweud {where}',
    lawIntro: 'Mae’r gyfraith yn wahanol ym mhob rhan o’r DU.',
    lawChecked:
      'Mae’r tudalennau hyn yn dweud yr hyn a ddangosir yma. Mae cyfreithiau’n newid, felly gwiriwch nhw am y wybodaeth ddiweddaraf.',
    lawLiveChecked:
      'Gwiriwyd ar y tudalennau hyn ar {date}. Mae cyfreithiau’n newid, felly gwiriwch nhw am y wybodaeth ddiweddaraf.',
    helplineOther: 'Siaradwch am y peth gyda {name}: ffoniwch {number}.',
    helplineWeb: 'Cewch gyngor a chymorth gan {name}: {link}.',
    lawSources: 'Ffynonellau',
    'in.england-wales': 'yng Nghymru a Lloegr',
    'in.scotland': 'yn yr Alban',
    'in.northern-ireland': 'yng Ngogledd Iwerddon',
    typesHeading: 'Mathau o stelciwr',
    typesIntro: 'Mae ymchwilwyr yn disgrifio pum math cyffredin. Does dim rhaid i chi weithio allan pa un yw e.',
    typesSource: 'Ffynhonnell',
    typesCitation: 'Mullen ac eraill, American Journal of Psychiatry, 1999',
    todoHeading: 'Beth allwch chi ei wneud',
    danger: 'Os ydych chi mewn perygl nawr, ffoniwch {number}.',
    report: 'I roi gwybod i’r heddlu pan nad yw’n argyfwng, ffoniwch {number}.',
    reportOnline: 'Gallwch hefyd roi gwybod am stelcio ar-lein: gweler {link}.',
    reportOnlineLink: 'tudalen stelcio Heddlu’r Alban',
    helpline: 'Siaradwch am y peth â’r {name}: ffoniwch {number}.',
    free: 'Am ddim i’w ffonio.',
    website: 'Ewch i’w gwefan',
    checkHeading: 'Ydy hyn yn swnio’n gyfarwydd?',
    checkIntro: 'Ticiwch unrhyw beth sydd wedi digwydd i chi.',
    privacy:
      'Nid yw dim rydych chi’n ei dicio yn cael ei gadw na’i anfon i unman. Caiff ei glirio pan fyddwch yn gadael y dudalen hon neu’n pwyso “Clirio fy atebion”.',
    resultNone: 'Ticiwch unrhyw beth uchod i weld pa rai o arwyddion FOUR y mae’n eu dangos.',
    resultSome: 'Mae gan yr hyn rydych chi’n ei ddisgrifio rai o arwyddion stelcio neu aflonyddu: {words}.',
    resultAll: 'Mae gan yr hyn rydych chi’n ei ddisgrifio arwyddion stelcio: {words}.',
    resultCalm:
      'Nid barn yw hyn, a does dim rhaid i chi fod yn siŵr. Gallwch siarad am y peth â’r {name} ar {number}, neu weld beth allwch chi ei wneud isod.',
    matched: 'i’w weld yn eich atebion',
    notMatched: 'ddim yn eich atebion',
    clear: 'Clirio fy atebion',
    cleared: 'Mae eich atebion wedi cael eu clirio.',
  },
  content: {
    ...FOUR_CY,
    ...STALKING_LAW_CY,
    'helpline.national-stalking-helpline.name': HELPLINES_CY['helpline.national-stalking-helpline.name']!,
  },
};

export default cy;
