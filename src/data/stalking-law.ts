/**
 * Stalking law by nation for `<safety-four-explainer law nation="…">`. The law differs across the UK,
 * so each nation has its own list, taken only from that nation's section of the project's reference
 * (`uk-support-facts.md`, section 2). A nation the element does not know shows no law at all rather
 * than another nation's law.
 *
 * Every sentence carries the `source` it rests on and `verifiedOn`, the day it was checked against
 * the reference. `recheck` marks a fact a person must look at again before a release.
 * The English text is the default; each sentence can be overridden by the key `law.<id>`.
 */

import type { LawNation } from '../internal/nation.js';

export type { LawNation };

export interface LawFact {
  readonly id: string;
  /** One plain-English sentence. */
  readonly text: string;
  /** Where the fact was checked (URL). */
  readonly source: string;
  /** Day a person last checked it against `source` (ISO "YYYY-MM-DD"). */
  readonly verifiedOn: string;
  /** What a person must re-check before a release, when the reference asks for it. */
  readonly recheck?: string;
  /** Day a person read the live source and confirmed the fact (ISO); only this is shown to readers as a check. */
  readonly liveCheckedOn?: string;
}

const VERIFIED = '2026-11-23';
/** Day the reference's section 7 additions and corrections were applied. */
const AUDITED = '2026-11-29';
const LEG = 'https://www.legislation.gov.uk/';
const COMMONS_LIBRARY = 'https://commonslibrary.parliament.uk/research-briefings/sn06261/';

export const STALKING_LAW: Readonly<Record<LawNation, readonly LawFact[]>> = {
  'england-wales': [
    {
      id: 'ew-crime',
      text: 'Stalking has been a crime of its own since 25 November 2012, under the Protection from Harassment Act 1997.',
      source: COMMONS_LIBRARY,
      verifiedOn: VERIFIED,
    },
    {
      id: 'ew-acts',
      text: 'The Act lists things linked with stalking, such as following someone, contacting them, watching or monitoring them, loitering, or interfering with their property (section 2A).',
      source: `${LEG}ukpga/1997/40/section/2A`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'ew-2a',
      text: 'Stalking (section 2A) is dealt with in a magistrates’ court, where the most it can lead to is 6 months in prison.',
      source: `${LEG}ukpga/1997/40/section/2A`,
      verifiedOn: VERIFIED,
      // s.2A(5) reads "51 weeks" as 6 months until s.281(5) Criminal Justice Act 2003 is commenced; the only
      // commencement found (SI 2022/816) did not cover it (reference, section 2).
      recheck: 'Is s.281(5) Criminal Justice Act 2003 in force yet? If so, the maximum is 51 weeks.',
    },
    {
      id: 'ew-4a',
      text: 'Stalking that causes fear of violence, or serious alarm or distress (section 4A), can lead to up to 10 years in prison. The limit was raised from 5 years in April 2017.',
      source: COMMONS_LIBRARY,
      verifiedOn: VERIFIED,
    },
    {
      id: 'ew-spo',
      text: 'Since 20 January 2020, the police can ask a magistrates’ court for a Stalking Protection Order (Stalking Protection Act 2019). It can forbid things and require things, and a court can make an interim (temporary) order too.',
      source: `${LEG}ukpga/2019/9`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'ew-spo-length',
      text: 'An order lasts for a fixed time of at least 2 years, or until a court makes another order.',
      source: `${LEG}ukpga/2019/9/section/3`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'ew-spo-breach',
      text: 'Breaking an order is a crime that can lead to up to 5 years in prison.',
      source: `${LEG}ukpga/2019/9`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'ew-civil-claim',
      text: 'You can also go to a civil court yourself, without the police: harassment, including stalking, can be the subject of a civil claim by the person who is, or may be, its victim, and the court can grant an injunction (section 3 of the Protection from Harassment Act 1997).',
      source: `${LEG}ukpga/1997/40/section/3`,
      verifiedOn: AUDITED,
    },
    {
      id: 'ew-non-molestation',
      text: 'If the person is a partner or ex-partner, a relative, or someone you have lived with or had an intimate relationship with, you can ask a family court for a non-molestation order (section 42 of the Family Law Act 1996). Breaking the order is a crime with up to 5 years in prison (section 42A).',
      source: `${LEG}ukpga/1996/27/section/42`,
      verifiedOn: AUDITED,
    },
    {
      id: 'ew-restraining-order',
      text: 'A criminal court can make a restraining order to protect you when it convicts someone, and even when it acquits them (sections 5 and 5A of the Protection from Harassment Act 1997).',
      source: `${LEG}ukpga/1997/40/section/5A`,
      verifiedOn: AUDITED,
    },
  ],
  scotland: [
    {
      id: 'sc-crime',
      text: 'Stalking has been a crime since 13 December 2010, under section 39 of the Criminal Justice and Licensing (Scotland) Act 2010.',
      source: `${LEG}asp/2010/13/section/39`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'sc-what',
      text: 'It means behaviour on at least two occasions that causes fear or alarm, where the person meant it to, or knew or should have known it was likely to.',
      source: `${LEG}asp/2010/13/section/39`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'sc-max',
      text: 'It can lead to up to 5 years in prison, or up to 12 months when the case is heard without a jury.',
      source: `${LEG}asp/2010/13/section/39`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'sc-38',
      text: 'Threatening or abusive behaviour is a crime too (section 38 of the same Act), and one act can be enough. It can also lead to up to 5 years in prison, or up to 12 months without a jury.',
      source: `${LEG}asp/2010/13/section/38`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'sc-nho-criminal',
      text: 'In a criminal case, the prosecutor can ask the court for a non-harassment order to protect you (section 234A of the Criminal Procedure (Scotland) Act 1995).',
      source: `${LEG}ukpga/1995/46/section/234A`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'sc-nho-civil',
      text: 'You can also ask a civil court for a non-harassment order yourself, in an “action of harassment” (section 8 of the Protection from Harassment Act 1997).',
      source: `${LEG}ukpga/1997/40/section/8`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'sc-domestic',
      text: 'Abusing a partner or ex-partner has been a crime of its own since 1 April 2019, under the Domestic Abuse (Scotland) Act 2018, with up to 14 years in prison. The offence covers partners and ex-partners only.',
      source: `${LEG}asp/2018/5/section/1`,
      verifiedOn: AUDITED,
    },
  ],
  'northern-ireland': [
    {
      id: 'ni-crime',
      text: 'Stalking has been a crime since 27 April 2022, under section 1 of the Protection from Stalking Act (Northern Ireland) 2022.',
      source: `${LEG}nia/2022/17/section/1`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'ni-what',
      text: 'It means behaviour on two or more occasions that causes fear, alarm or substantial distress, or that a reasonable person would think likely to, where the person meant it or ought to have known.',
      source: `${LEG}nia/2022/17/section/1`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'ni-max',
      text: 'It can lead to up to 10 years in prison, or up to 12 months when the case is dealt with in a magistrates’ court.',
      source: `${LEG}nia/2022/17/section/1`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'ni-2',
      text: 'Threatening or abusive behaviour is a crime too (section 2 of the same Act), and one act can be enough. It can lead to up to 5 years in prison, or up to 12 months in a magistrates’ court.',
      source: `${LEG}nia/2022/17/section/2`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'ni-spo',
      text: 'Since 19 October 2023, the Chief Constable can ask a magistrates’ court for a Stalking Protection Order. An order lasts at least 2 years.',
      source: `${LEG}nia/2022/17`,
      verifiedOn: VERIFIED,
    },
    {
      id: 'ni-domestic',
      text: 'Domestic abuse has been a crime of its own since 21 February 2022, under the Domestic Abuse and Civil Proceedings Act (Northern Ireland) 2021. It covers a pattern of abusive behaviour between people who are personally connected, with up to 14 years in prison, or up to 12 months in a magistrates’ court.',
      source: `${LEG}nia/2021/2`,
      verifiedOn: VERIFIED,
    },
  ],
};
