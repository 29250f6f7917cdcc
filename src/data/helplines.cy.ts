/**
 * Cymraeg: the bundled helplines' own text (name, operator, description, phone labels, BSL line), by
 * content key `helpline.<id>.<field>` (phone labels: `helpline.<id>.phone.<n>.label`). Imported only by
 * the elements' Welsh modules, so it loads only on a Welsh page.
 *
 * Proper names stay as each service writes them; where the service (or the Welsh public bodies that
 * signpost it) has a Welsh name, that is used (reference section 9): Live Fear Free is "Byw Heb Ofn".
 * Everything else is this project's translation, unreviewed until a Welsh speaker has read it.
 */
export const HELPLINES_CY: Readonly<Record<string, string>> = {
  'helpline.national-stalking-helpline.name': 'Llinell Gymorth Genedlaethol ar gyfer Achosion o Stelcio',
  'helpline.national-stalking-helpline.operator': 'Suzy Lamplugh Trust',
  'helpline.national-stalking-helpline.description': 'Cyngor a chymorth i unrhyw un y mae stelcio yn effeithio arno.',
  'helpline.national-stalking-helpline.phone.0.label': 'Pwyswch 2 ar gyfer gwasanaeth Llundain',
  'helpline.paladin.name': 'Paladin National Stalking Advocacy Service',
  'helpline.paladin.description': 'Eiriolaeth i ddioddefwyr stelcio sydd mewn perygl mawr.',
  'helpline.victim-support.name': 'Victim Support Supportline',
  'helpline.victim-support.operator': 'Cymorth i Ddioddefwyr',
  'helpline.victim-support.description':
    'Cymorth am ddim i unrhyw un y mae trosedd yn effeithio arno, dros y ffôn neu drwy sgwrs fyw, unrhyw bryd.',
  'helpline.ncdv.name': 'National Centre for Domestic Violence (NCDV)',
  'helpline.ncdv.description':
    "Help i gael gwaharddeb sifil (gorchymyn llys) yn erbyn camdriniwr; mae'r gwasanaeth am ddim, ond efallai y bydd angen cyfraniad at gymorth cyfreithiol.",
  'helpline.national-domestic-abuse-helpline.name': 'National Domestic Abuse Helpline',
  'helpline.national-domestic-abuse-helpline.operator': 'Refuge',
  'helpline.national-domestic-abuse-helpline.description':
    'I fenywod sy’n profi cam-drin domestig, ac i deulu, ffrindiau ac eraill sy’n ffonio ar ran menyw; gallwch ofyn am amser diogel i rywun eich ffonio’n ôl. Gall dynion ffonio’r Men’s Advice Line.',
  'helpline.national-domestic-abuse-helpline.bsl':
    'Dehongli Iaith Arwyddion Prydain (BSL): dydd Llun i ddydd Gwener, 10am i 6pm, fel y’u gwelwyd ddiwethaf yn 2021: gwiriwch eu gwefan am yr oriau presennol.',
  'helpline.crimestoppers.name': 'Crimestoppers',
  'helpline.crimestoppers.description': 'Rhowch wybodaeth am drosedd yn ddienw; nid llinell gymorth yw hon.',
  'helpline.samaritans.name': 'Samaritans',
  'helpline.samaritans.description':
    "Rhywun i siarad ag ef, unrhyw bryd, am beth bynnag rydych chi'n mynd drwyddo (y DU ac Iwerddon).",
  'helpline.mens-advice-line.name': "Men's Advice Line",
  'helpline.mens-advice-line.operator': 'Respect',
  'helpline.mens-advice-line.description': 'Cymorth i ddynion sy’n profi cam-drin domestig.',
  'helpline.galop.name': 'Galop National Helpline for LGBT+ Victims and Survivors of Abuse and Violence',
  'helpline.galop.operator': 'Galop',
  'helpline.galop.description': 'Cymorth i ddioddefwyr a goroeswyr LHDT+ cam-drin a thrais.',
  'helpline.karma-nirvana.name': 'Karma Nirvana',
  'helpline.karma-nirvana.description': 'Cymorth i bobl y mae cam-drin ar sail anrhydedd yn effeithio arnynt.',
  'helpline.live-fear-free.name': 'Byw Heb Ofn',
  'helpline.live-fear-free.operator': 'Llywodraeth Cymru',
  'helpline.live-fear-free.description':
    'Llinell gymorth Llywodraeth Cymru i unrhyw un yng Nghymru y mae cam-drin domestig yn effeithio arno, dros y ffôn, drwy neges destun, e-bost neu sgwrs, unrhyw bryd.',
  'helpline.scotland-domestic-abuse-helpline.name': "Scotland's Domestic Abuse and Forced Marriage Helpline",
  'helpline.scotland-domestic-abuse-helpline.operator': "Scottish Women's Aid",
  'helpline.scotland-domestic-abuse-helpline.description':
    'Cymorth i unrhyw un yn yr Alban y mae cam-drin domestig neu briodas dan orfod yn effeithio arno, gyda chyfieithwyr ar gael.',
  'helpline.ni-domestic-sexual-abuse-helpline.name': 'Domestic and Sexual Abuse Helpline',
  'helpline.ni-domestic-sexual-abuse-helpline.operator': 'Nexus NI',
  'helpline.ni-domestic-sexual-abuse-helpline.description':
    "Cymorth i unrhyw un yng Ngogledd Iwerddon y mae cam-drin domestig neu rywiol yn effeithio arno, dros y ffôn, drwy e-bost neu sgwrs ar y we, drwy'r flwyddyn.",
  'helpline.rape-crisis-support-line.name': 'Rape Crisis 24/7 Rape & Sexual Abuse Support Line',
  'helpline.rape-crisis-support-line.operator': 'Rape Crisis England & Wales',
  'helpline.rape-crisis-support-line.description':
    'Cymorth i unrhyw un 16 oed neu hŷn yng Nghymru a Lloegr y mae trais rhywiol, ymosodiad rhywiol neu gam-drin rhywiol yn effeithio arno, drwy sgwrs ar-lein, unrhyw bryd.',
  'helpline.victim-support-scotland.name': 'Victim Support Scotland',
  'helpline.victim-support-scotland.description':
    'Cymorth am ddim a chyfrinachol i unrhyw un yn yr Alban y mae trosedd, gan gynnwys stelcio, yn effeithio arno.',
  'helpline.action-against-stalking.name': 'Action Against Stalking',
  'helpline.action-against-stalking.description':
    'Elusen yn yr Alban sy’n cynnig eiriolaeth a chymorth i bobl y mae stelcio yn effeithio arnynt. Cysylltwch â hi drwy ei gwefan.',
  'helpline.rape-crisis-scotland.name': 'Rape Crisis Scotland Helpline',
  'helpline.rape-crisis-scotland.operator': 'Rape Crisis Scotland',
  'helpline.rape-crisis-scotland.description':
    'Cymorth am ddim i unrhyw un yn yr Alban y mae trais rhywiol yn effeithio arno, bob nos.',
  'helpline.childline.name': 'Childline',
  'helpline.childline.operator': 'NSPCC',
  'helpline.childline.description':
    'Cymorth am ddim i blant a phobl ifanc hyd at 19 oed, am unrhyw beth sy’n eu poeni.',
};

/** Names and operators that stay in English as the services write them (no Welsh name found): not translations. */
export const HELPLINE_PROPER_NAMES_CY: readonly string[] = Object.entries(HELPLINES_CY)
  .filter(([key]) => /\.(name|operator)$/.test(key))
  .map(([, value]) => value);
