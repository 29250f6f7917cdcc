/**
 * Cymraeg: the stalking law sentences (`src/data/stalking-law.ts`) by the element's content key
 * `law.<id>`, for every nation. Imported only by the FOUR explainer's Welsh module. This project's
 * translation, unreviewed; "Gorchymyn Gwarchod Stelcio" follows North Wales Police's "Gorchmynion Gwarchod
 * Stelcio" (reference section 9). Names of Acts stay in English as enacted (the UK Parliament's and
 * Scottish and Northern Ireland Acts have no official Welsh title).
 */
export const STALKING_LAW_CY: Readonly<Record<string, string>> = {
  'law.ew-crime':
    'Mae stelcio wedi bod yn drosedd ynddo’i hun ers 25 Tachwedd 2012, o dan y Protection from Harassment Act 1997.',
  'law.ew-acts':
    "Mae'r Ddeddf yn rhestru pethau sy'n gysylltiedig â stelcio, fel dilyn rhywun, cysylltu â nhw, eu gwylio neu eu monitro, loetran, neu ymyrryd â'u heiddo (adran 2A).",
  'law.ew-2a': 'Ymdrinnir â stelcio (adran 2A) mewn llys ynadon, lle mai 6 mis yn y carchar yw’r gosb fwyaf.',
  'law.ew-4a':
    "Gall stelcio sy'n achosi ofn trais, neu fraw neu ofid difrifol (adran 4A), arwain at hyd at 10 mlynedd yn y carchar. Codwyd y terfyn o 5 mlynedd ym mis Ebrill 2017.",
  'law.ew-spo':
    'Ers 20 Ionawr 2020, gall yr heddlu ofyn i lys ynadon am Orchymyn Gwarchod Stelcio (Stalking Protection Act 2019). Gall wahardd pethau a mynnu pethau, a gall llys wneud gorchymyn interim (dros dro) hefyd.',
  'law.ew-spo-length':
    'Mae gorchymyn yn para am gyfnod penodol o 2 flynedd o leiaf, neu nes i lys wneud gorchymyn arall.',
  'law.ew-spo-breach': 'Mae torri gorchymyn yn drosedd a all arwain at hyd at 5 mlynedd yn y carchar.',
  'law.ew-civil-claim':
    'Gallwch hefyd fynd i lys sifil eich hun, heb yr heddlu: gall aflonyddu, gan gynnwys stelcio, fod yn destun hawliad sifil gan y person sydd, neu a all fod, yn ddioddefwr iddo, a gall y llys roi gwaharddeb (adran 3 o’r Protection from Harassment Act 1997).',
  'law.ew-non-molestation':
    'Os yw’r person yn bartner neu’n gyn-bartner, yn berthynas, neu’n rhywun rydych chi wedi byw gydag ef neu wedi cael perthynas agos ag ef, gallwch ofyn i lys teulu am orchymyn rhag molestu (adran 42 o’r Family Law Act 1996). Mae torri’r gorchymyn yn drosedd a all arwain at hyd at 5 mlynedd yn y carchar (adran 42A).',
  'law.ew-restraining-order':
    'Gall llys troseddol wneud gorchymyn atal i’ch diogelu pan fydd yn euogfarnu rhywun, a hyd yn oed pan fydd yn ei ryddfarnu (adrannau 5 a 5A o’r Protection from Harassment Act 1997).',
  'law.sc-crime':
    'Mae stelcio wedi bod yn drosedd ers 13 Rhagfyr 2010, o dan adran 39 o’r Criminal Justice and Licensing (Scotland) Act 2010.',
  'law.sc-what':
    "Mae'n golygu ymddygiad ar o leiaf ddau achlysur sy'n achosi ofn neu fraw, pan oedd y person yn bwriadu hynny, neu'n gwybod neu y dylai fod wedi gwybod ei fod yn debygol.",
  'law.sc-max':
    'Gall arwain at hyd at 5 mlynedd yn y carchar, neu hyd at 12 mis pan fydd yr achos yn cael ei glywed heb reithgor.',
  'law.sc-38':
    "Mae ymddygiad bygythiol neu ymosodol yn drosedd hefyd (adran 38 o'r un Ddeddf), a gall un weithred fod yn ddigon. Gall hefyd arwain at hyd at 5 mlynedd yn y carchar, neu hyd at 12 mis heb reithgor.",
  'law.sc-nho-criminal':
    "Mewn achos troseddol, gall yr erlynydd ofyn i'r llys am orchymyn dim aflonyddu i'ch diogelu (adran 234A o'r Criminal Procedure (Scotland) Act 1995).",
  'law.sc-nho-civil':
    'Gallwch hefyd ofyn i lys sifil am orchymyn dim aflonyddu eich hun, mewn “achos o aflonyddu” (adran 8 o’r Protection from Harassment Act 1997).',
  'law.sc-domestic':
    'Mae cam-drin partner neu gyn-bartner wedi bod yn drosedd ynddi’i hun ers 1 Ebrill 2019, o dan y Domestic Abuse (Scotland) Act 2018, gyda hyd at 14 blynedd yn y carchar. Mae’r drosedd yn ymwneud â phartneriaid a chyn-bartneriaid yn unig.',
  'law.ni-crime':
    'Mae stelcio wedi bod yn drosedd ers 27 Ebrill 2022, o dan adran 1 o’r Protection from Stalking Act (Northern Ireland) 2022.',
  'law.ni-what':
    "Mae'n golygu ymddygiad ar ddau achlysur neu fwy sy'n achosi ofn, braw neu ofid sylweddol, neu y byddai person rhesymol yn meddwl ei fod yn debygol o wneud hynny, pan oedd y person yn bwriadu hynny neu y dylai fod wedi gwybod.",
  'law.ni-max':
    "Gall arwain at hyd at 10 mlynedd yn y carchar, neu hyd at 12 mis pan ymdrinnir â'r achos mewn llys ynadon.",
  'law.ni-2':
    "Mae ymddygiad bygythiol neu ymosodol yn drosedd hefyd (adran 2 o'r un Ddeddf), a gall un weithred fod yn ddigon. Gall arwain at hyd at 5 mlynedd yn y carchar, neu hyd at 12 mis mewn llys ynadon.",
  'law.ni-spo':
    'Ers 19 Hydref 2023, gall y Prif Gwnstabl ofyn i lys ynadon am Orchymyn Gwarchod Stelcio. Mae gorchymyn yn para 2 flynedd o leiaf.',
  'law.ni-domestic':
    "Mae cam-drin domestig wedi bod yn drosedd ynddi’i hun ers 21 Chwefror 2022, o dan y Domestic Abuse and Civil Proceedings Act (Northern Ireland) 2021. Mae'n ymwneud â phatrwm o ymddygiad camdriniol rhwng pobl sydd â chysylltiad personol, gyda hyd at 14 blynedd yn y carchar, neu hyd at 12 mis mewn llys ynadon.",
};
