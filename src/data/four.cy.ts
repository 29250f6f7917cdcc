/**
 * Cymraeg: the FOUR explainer's bundled content (`src/data/four.ts`) by the element's content keys
 * (`<word>.word`, `<word>.meaning`, `<word>.example.<n>`, `check.<id>`, `vs.<id>`, `type.<id>.name`,
 * `type.<id>.text`, `todo.<id>`). Imported only by the element's Welsh module. This project's
 * translation: unreviewed until a Welsh speaker has read it. Each of the four words keeps the police's
 * English word in brackets, because FOUR is an English mnemonic with no Welsh version found. "stelcio" and "aflonyddu" are the terms of
 * South Wales Police and the MoJ's Victim and Witness Information (reference section 9).
 */
export const FOUR_CY: Readonly<Record<string, string>> = {
  'fixated.word': 'Wedi’i hoelio (Fixated)',
  'fixated.meaning': "Mae eu sylw wedi'i hoelio arnoch chi ac ni allan nhw ollwng gafael.",
  'fixated.example.0': "Maen nhw'n ymddangos lle rydych chi'n byw, yn gweithio neu'n mynd allan.",
  'fixated.example.1': "Maen nhw'n eich dilyn, neu rydych chi'n eu gweld gerllaw o hyd.",
  'fixated.example.2': "Maen nhw'n cysylltu â'ch teulu, eich ffrindiau neu'ch cydweithwyr i gael gwybod amdanoch chi.",
  'obsessive.word': 'Obsesiynol (Obsessive)',
  'obsessive.meaning': "Mae'n rheoli sut maen nhw'n ymddwyn, a dydyn nhw ddim yn stopio pan ofynnir iddyn nhw.",
  'obsessive.example.0': "Maen nhw'n anfon neges ar ôl neges, neu'n ffonio dro ar ôl tro.",
  'obsessive.example.1': "Maen nhw'n gwylio beth rydych chi'n ei wneud ar-lein, neu'n tracio ble rydych chi'n mynd.",
  'obsessive.example.2': "Maen nhw'n archebu neu'n canslo pethau yn eich enw chi.",
  'unwanted.word': 'Digroeso (Unwanted)',
  'unwanted.meaning':
    "Wnaethoch chi ddim gofyn amdano a dydych chi ddim ei eisiau. Gall eich gadael yn ofnus, yn poeni neu'n ofidus.",
  'unwanted.example.0': "Maen nhw'n anfon anrhegion atoch chi neu'n gadael pethau i chi.",
  'unwanted.example.1': "Maen nhw'n difrodi eich cartref, eich car neu'ch pethau.",
  'unwanted.example.2': "Maen nhw'n dal i geisio cysylltu â chi ar ôl i chi ddweud na.",
  'repeated.word': 'Ailadroddus (Repeated)',
  'repeated.meaning': "Mae'n digwydd fwy nag unwaith. Mae dwywaith neu fwy yn batrwm.",
  'repeated.example.0': "Mae'r negeseuon, y galwadau neu'r ymweliadau'n dal i ddod.",
  'repeated.example.1': "Mae'n stopio am ychydig, yna'n dechrau eto.",
  'check.contact':
    "Maen nhw'n anfon negeseuon ataf, yn fy ffonio, yn ysgrifennu ataf neu'n cysylltu â mi ar y cyfryngau cymdeithasol pan nad wyf eisiau iddyn nhw wneud hynny.",
  'check.turn-up': "Maen nhw'n ymddangos lle rwy'n byw, yn gweithio neu'n mynd allan.",
  'check.follow': "Maen nhw'n fy nilyn, neu'n fy ngwylio i neu fy nghartref.",
  'check.online': "Maen nhw'n gwirio beth rwy'n ei wneud ar-lein, neu'n tracio ble rwy'n mynd.",
  'check.goods': "Maen nhw'n archebu neu'n canslo pethau yn fy enw i.",
  'check.gifts': "Maen nhw'n anfon anrhegion ataf neu'n gadael pethau i mi.",
  'check.damage': "Maen nhw'n difrodi fy nghartref, fy nghar neu fy mhethau.",
  'check.others': "Maen nhw'n cysylltu â fy nheulu, fy ffrindiau neu fy nghydweithwyr amdanaf.",
  'check.carry-on': "Rwyf wedi gofyn iddyn nhw stopio, ond maen nhw'n parhau.",
  'check.again': 'Mae wedi digwydd fwy nag unwaith.',
  'vs.pattern':
    "Mae stelcio ac aflonyddu ill dau'n batrwm o ymddygiad: rhywbeth sy'n digwydd ar ddau achlysur neu fwy.",
  'vs.harassment': "Aflonyddu yw ymddygiad ailadroddus, gormesol sy'n achosi braw, gofid neu ofn trais.",
  'vs.stalking':
    "Math o aflonyddu sydd wedi’i hoelio ar rywun ac yn obsesiynol yw stelcio. Mae'n cynnwys pethau fel dilyn rhywun, cysylltu â nhw, eu gwylio neu eu monitro, loetran lle maen nhw, neu ymyrryd â'u pethau.",
  'vs.stalking-offence':
    "Ymddygiad sydd wedi’i hoelio ar rywun ac yn obsesiynol yw stelcio. Mae'n cynnwys pethau fel dilyn rhywun, cysylltu â nhw, eu gwylio neu eu monitro, loetran lle maen nhw, neu ymyrryd â'u pethau.",
  'vs.who': "Gall y person fod yn gyn-bartner, yn rhywun rydych chi'n ei adnabod, neu'n ddieithryn.",
  'vs.decide':
    "Does dim rhaid i chi benderfynu pa un yw e. Dywedwch wrth yr heddlu beth sy'n digwydd; gallwch ddweud eich bod chi'n meddwl mai stelcio yw e, a gofyn iddo gael ei gofnodi fel stelcio.",
  'type.rejected.name': 'Wedi’i wrthod',
  'type.rejected.text': "Mae'n dechrau ar ôl i berthynas ddod i ben.",
  'type.intimacy-seeker.name': 'Chwilio am agosatrwydd',
  'type.intimacy-seeker.text': 'Mae’n credu bod perthynas yn bodoli, neu y bydd un.',
  'type.incompetent-suitor.name': 'Carwr anfedrus',
  'type.incompetent-suitor.text':
    "Mae eisiau perthynas ond does ganddo ddim sgiliau cymdeithasol. Mae'r stelcio hwn yn aml yn fyrrach.",
  'type.resentful.name': 'Dig',
  'type.resentful.text': "Mae'n teimlo iddo gael cam ac yn gweithredu ar y dig, i godi ofn.",
  'type.predatory.name': 'Ysglyfaethus',
  'type.predatory.text': "Mae'n gwylio'n gyfrinachol wrth baratoi ymosodiad rhywiol.",
  'todo.record':
    "Ysgrifennwch beth sy'n digwydd cyn gynted ag y gallwch: y dyddiad, yr amser a'r lle, beth ddigwyddodd, unrhyw dystion, a sut gwnaeth i chi deimlo.",
  'todo.keep': 'Cadwch lythyrau, anrhegion, negeseuon a sgrinluniau, a chyffyrddwch â phethau cyn lleied â phosibl.',
  'todo.dont-engage': "Peidiwch ag ateb, wynebu na chytuno i gyfarfod â'r person.",
};
