//! The law in force on the day: every regime's rules as versions with the
//! dates they apply from (and until, where replaced), and each US state's
//! statute on its own. One table, every number beside the section it comes
//! from; [`super::RegimeRules::in_force`] picks the version by the day the
//! request was received. The README's regime table is checked against it.

use chrono::NaiveDate;
use serde::Serialize;

use crate::Regime;

/// A calendar date usable in a constant table.
pub(crate) const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("not a date"),
    }
}

/// One version of a regime's rules: what it is called, when it applies, where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Version {
    /// A stable identifier: `uk-gdpr-2026`, `us-ia`.
    pub id: &'static str,
    pub name: &'static str,
    /// The first day a request received is computed under this version.
    pub in_force_from: NaiveDate,
    /// The last day, where a later version replaced it.
    pub in_force_until: Option<NaiveDate>,
    pub source: &'static str,
}

/// How a refusal's date relates to the response period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "rule", content = "source")]
pub enum RefusalDue {
    /// Within the period, without the extension (EU GDPR Art. 12(4); UK before 2026; US states).
    UnextendedPeriod(&'static str),
    /// Before the end of the applicable period, including any extension (UK GDPR Art. 12(4) as amended).
    ApplicablePeriod(&'static str),
    /// The law gives no separate date: a refusal is the response.
    SameAsResponse,
}

/// A consumer's appeal of a refusal (US state laws).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AppealRule {
    /// Days from receipt of the appeal to the decision.
    pub days: u32,
    /// Further days the controller may take, where the statute allows.
    pub extension_days: Option<u32>,
    /// A denied appeal must tell the consumer how to complain to the Attorney General.
    pub attorney_general: bool,
    pub section: &'static str,
    /// Whether `days` was read in the statute's own text; when not, every
    /// explanation that gives it says so.
    pub days_read: bool,
    /// The same for `extension_days`.
    pub extension_read: bool,
}

/// One US state's comprehensive privacy law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StateLaw {
    /// The ISO 3166-2 subdivision: `VA`.
    pub code: &'static str,
    pub state: &'static str,
    pub act: &'static str,
    /// The day consumers' rights became enforceable.
    pub in_force_from: NaiveDate,
    /// Calendar days from receipt to respond.
    pub period_days: u32,
    pub period_section: &'static str,
    /// Further calendar days, once, with notice within the first period.
    pub extension_days: u32,
    pub extension_section: &'static str,
    /// Whether the period and its extension were read in the statute's own
    /// text; when not, every explanation that gives them says so.
    pub period_read: bool,
    /// What the statute says about authenticating the consumer (the clock runs on).
    pub authentication: &'static str,
    pub appeal: Option<AppealRule>,
    /// Whether the statute gives the right to correct inaccurate data.
    pub correction: Correction,
    /// Where the statute sets its own, shorter, limit for stopping processing
    /// once a consumer revokes consent (Conn. Gen. Stat. \u{a7}42-520(a)(6): "not later
    /// than fifteen days after the receipt of such request"); None where it
    /// sets none, and the request has the statute's response period.
    pub consent_revocation: Option<Revocation>,
    /// How much of the row was checked against the statute's own text ("yes",
    /// or "partly: …" naming what was), so that a reviewer knows what to check next.
    pub checked: &'static str,
}

/// Whether a state's statute gives the right to correct inaccurate personal
/// data. Most do; where one does not, a request to correct has no statutory
/// date under it (the house target only), and the explanation cites the
/// section that lists the rights it does give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "given")]
pub enum Correction {
    Given,
    /// Given only to requests received from `from`, by an amendment.
    From {
        from: NaiveDate,
        section: &'static str,
    },
    /// Not given: `rights` is the section that lists the rights the statute gives.
    Not {
        rights: &'static str,
    },
}

impl Correction {
    /// Whether a request received on `received` has the right to correct.
    pub fn given(&self, received: NaiveDate) -> bool {
        match self {
            Correction::Given => true,
            Correction::From { from, .. } => received >= *from,
            Correction::Not { .. } => false,
        }
    }
}

/// A statute's limit for stopping processing once consent is revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Revocation {
    /// Calendar days from receipt of the revocation.
    pub days: u32,
    pub section: &'static str,
    /// Whether `days` was read in the statute's own text; when not, every
    /// explanation that gives it says so.
    pub read: bool,
}

/// A revocation limit of `days`, read (or not) in the statute's text.
const fn revocation(days: u32, section: &'static str, read: bool) -> Option<Revocation> {
    Some(Revocation { days, section, read })
}

/// An appeal whose numbers were read in the statute's own text.
const fn appeal(days: u32, extension_days: Option<u32>, section: &'static str) -> Option<AppealRule> {
    Some(AppealRule { days, extension_days, attorney_general: true, section, days_read: true, extension_read: true })
}

/// An appeal whose numbers come from a secondary source, not yet read in the
/// statute's own text (the row's `checked` says what was read): `days_read`
/// and `extension_read` say which.
const fn appeal_unread(
    days: u32,
    days_read: bool,
    extension_days: Option<u32>,
    extension_read: bool,
    section: &'static str,
) -> Option<AppealRule> {
    Some(AppealRule { days, extension_days, attorney_general: true, section, days_read, extension_read })
}

/// The states' laws, from their statutes (checked against the statute text; see the notes of each row).
/// Every law here gives one extension, notified with its reason within the first period.
pub const US_STATES: &[StateLaw] = &[
    // Source read: https://self-law.org/code/va/title-59-1/chapter-53/59-1-577 and
    // https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page392.html (text of B.1–B.2).
    // Read in full (session s13): the whole of §59.1-577 (A, B.1–B.5, C) as published at
    // https://law.justia.com/codes/virginia/title-59-1/chapter-53/section-59-1-577/, in the copy stored in the GitHub
    // repository saint1415/us-statutes (data/states/virginia/content/title-title-591-trade-and-commerce/
    // chapter-chapter-53-consumer-data-protection-act.json, commit 994e3657); the effective date from the section's
    // caption in the 2022 Code, "§ 59.1-577. (Effective January 1, 2023) Personal data rights; consumers"
    // (https://law.uslawyerdatabase.com/category/us-law/2022-code-of-virginia/title-59-1-trade-and-commerce/chapter-53-consumer-data-protection-act).
    StateLaw {
        code: "VA",
        state: "Virginia",
        act: "Consumer Data Protection Act",
        in_force_from: ymd(2023, 1, 1),
        period_days: 45,
        period_section: "Va. Code \u{a7}59.1-577(B)(1)",
        extension_days: 45,
        extension_section: "Va. Code \u{a7}59.1-577(B)(1)",
        period_read: true,
        authentication: "a controller that cannot authenticate the request with commercially reasonable effort need not comply and may ask for more information (Va. Code \u{a7}59.1-577(B)(4))",
        appeal: appeal(60, None, "Va. Code \u{a7}59.1-577(C)"),
        consent_revocation: None,
        correction: Correction::Given,
        checked: "yes: \"within 45 days of receipt of the request\", \"extended once by 45 additional days\" with notice \"within the initial 45-day response period\" (B)(1), refusal within 45 (B)(2), authentication (B)(4) and \"Within 60 days of receipt of an appeal\" with a method to contact the Attorney General (C), all read in the text of \u{a7}59.1-577 (law.justia.com, as stored in the saint1415/us-statutes repository); in force 2023-01-01 from the section's caption \"(Effective January 1, 2023)\" in the 2022 Code (law.uslawyerdatabase.com)",
    },
    // Searched again (session s10): the pages and docs corpora for §6-1-1306(2)–(3) by section, "forty-five days",
    // "sixty additional days", "receipt of an appeal": only subsection (1) and summaries come back. The appeal's 45 + 60
    // stays as every source consulted gives it (no shorter reading was found).
    // Source read: https://casetext.com/statute/colorado-revised-statutes/title-6-consumer-and-commercial-affairs/fair-trade-and-restraint-of-trade/article-1-colorado-consumer-protection-act/part-13-colorado-privacy-act/section-6-1-1306-consumer-personal-data-rights-repeal
    // (subsection (1) only); 45 + 45 and authentication as summarised from §6-1-1306 at
    // https://reggi.ai/posts/can-i/privacy/can-i-ignore-consumer-requests-for-information-or-deletion-in-colorado-what-are-the-requirements-ec54
    // Read (session s14): the act as enacted (SB 21-190, its capitalised text), as quoted word for word in
    // the GitHub repository rafal-fryc/Parsed-Tech-Statutes ("state privacy laws/Colorado Privacy Law_.json", commit d90a951c,
    // a machine extraction whose quotations are checked against the act's text): §6-1-1306(2) "WITHIN FORTY-FIVE DAYS
    // AFTER RECEIPT OF THE REQUEST. THE CONTROLLER MAY EXTEND THE FORTY-FIVE-DAY PERIOD BY FORTY-FIVE ADDITIONAL DAYS
    // WHERE REASONABLY NECESSARY..." and §6-1-1306(3) "WITHIN FORTY-FIVE DAYS AFTER RECEIPT OF AN APPEAL, A CONTROLLER
    // SHALL INFORM THE CONSUMER..."; the quotation leaves out the words between, so the appeal's further 60 days, the
    // extension's notice and the authentication paragraph were not read. The 60 stays: no source gives less.
    StateLaw {
        code: "CO",
        state: "Colorado",
        act: "Colorado Privacy Act",
        in_force_from: ymd(2023, 7, 1),
        period_days: 45,
        period_section: "C.R.S. \u{a7}6-1-1306(2)(a)",
        extension_days: 45,
        extension_section: "C.R.S. \u{a7}6-1-1306(2)(b)",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate with commercially reasonable efforts (C.R.S. \u{a7}6-1-1306(2)(d))",
        appeal: appeal_unread(45, true, Some(60), false, "C.R.S. \u{a7}6-1-1306(3)"),
        consent_revocation: None,
        correction: Correction::Given,
        checked: "partly: effective date and the rights of \u{a7}6-1-1306(1) (statute text); \"WITHIN FORTY-FIVE DAYS AFTER RECEIPT OF THE REQUEST\", extendable \"BY FORTY-FIVE ADDITIONAL DAYS\" (\u{a7}6-1-1306(2)) and the appeal answered \"WITHIN FORTY-FIVE DAYS AFTER RECEIPT OF AN APPEAL\" (\u{a7}6-1-1306(3)) read in the act as enacted (SB 21-190, as quoted word for word in the rafal-fryc/Parsed-Tech-Statutes repository); not yet read: the appeal's further 60 days, the extension's notice, the authentication rule (from a summary) and the paragraph letters of (2)",
    },
    // Source read: https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page166.html (the text of §42-518(c)(1)–(4)
    // in the "GDPR and US States General Privacy Laws Deskbook"); the appeal's "not later than sixty days after receipt of
    // an appeal" only as quoted from PA 22-15 §4(d) by a secondary document. Official text (not reached):
    // https://www.cga.ct.gov/current/pub/chap_743jj.htm.
    // Read (session s14): PA 22-15 §4(d) as enacted, quoted whole and word for word in the GitHub repository rafal-fryc/Parsed-Tech-Statutes
    // ("state privacy laws/Connecticut Privacy Law_.json", commit d90a951c): "Not later than sixty days after receipt
    // of an appeal, a controller shall inform the consumer in writing of any action taken or not taken in response to
    // the appeal, including a written explanation of the reasons for the decisions. If the appeal is denied, the
    // controller shall also provide the consumer with an online mechanism, if available, or other method through which
    // the consumer may contact the Attorney General to submit a complaint." The same copy gives §4(c)(1)–(2) as read
    // before. Later public acts amending §42-518 were not read.
    StateLaw {
        code: "CT",
        state: "Connecticut",
        act: "Connecticut Data Privacy Act",
        in_force_from: ymd(2023, 7, 1),
        period_days: 45,
        period_section: "Conn. Gen. Stat. \u{a7}42-518(c)(1)",
        extension_days: 45,
        extension_section: "Conn. Gen. Stat. \u{a7}42-518(c)(1)",
        period_read: true,
        authentication: "a controller that cannot authenticate the request need not comply but must tell the consumer so (Conn. Gen. Stat. \u{a7}42-518(c)(4))",
        appeal: appeal(60, None, "Conn. Gen. Stat. \u{a7}42-518(d)"),
        // Revocation of consent: "cease to process the data as soon as practicable, but not later than fifteen days after the
        // receipt of such request", read in P.A. 22-15 \u{a7}6(a)(6) (cga.ct.gov).
        consent_revocation: revocation(15, "Conn. Gen. Stat. \u{a7}42-520(a)(6)", true),
        correction: Correction::Given,
        checked: "yes: period, one extension of 45 with notice in the first 45, refusal within 45 ((c)(2)) and authentication read in the statute text of \u{a7}42-518(c)(1)\u{2013}(4) (Deskbook p. 166); \"Not later than sixty days after receipt of an appeal\", with a method to contact the Attorney General on a denial, read in the act as enacted (PA 22-15 \u{a7}4(d), codified as (d); quoted whole in the rafal-fryc/Parsed-Tech-Statutes repository); later public acts amending \u{a7}42-518 not read",
    },
    // Source read: https://lexace.ai/us/statute/utah/13-61-203 and
    // https://codes.findlaw.com/ut/title-13-commerce-and-trade/ut-code-sect-13-61-203/
    StateLaw {
        code: "UT",
        state: "Utah",
        act: "Consumer Privacy Act",
        in_force_from: ymd(2023, 12, 31),
        period_days: 45,
        period_section: "Utah Code \u{a7}13-61-203(2)(a)",
        extension_days: 45,
        extension_section: "Utah Code \u{a7}13-61-203(2)(b)",
        period_read: true,
        authentication: "the 45-day period does not apply where the controller reasonably suspects fraud and cannot authenticate the request before it ends (Utah Code \u{a7}13-61-203(2)(d)); there is no right of appeal",
        appeal: None,
        // §13-61-201 as enacted (2022 ch. 462) lists confirm/access (1), delete (2), a portable copy (3) and the
        // opt-outs (4): no correction. 2025 ch. 468 (H.B. 418) added (4) "the right to request that a controller
        // correct inaccuracies", in force 2026-07-01 (the section's text "Effective 7/1/2026" and the superseded
        // version "Effective 12/31/2023, Superseded 7/1/2026", self-law.org and lexace.ai).
        consent_revocation: None,
        correction: Correction::From {
            from: ymd(2026, 7, 1),
            section: "Utah Code \u{a7}13-61-201(4), as amended by 2025 Laws ch. 468",
        },
        checked: "yes: period (2)(a), one extension of 45 (2)(b)\u{2013}(c), fraud rule (2)(d), refusal within 45 (3), no appeal in \u{a7}13-61-203 (text via lexace.ai and codes.findlaw.com)",
    },
    // Source read: https://codes.findlaw.com/tx/business-and-commerce-code/bus-com-sect-541-052/
    StateLaw {
        code: "TX",
        state: "Texas",
        act: "Data Privacy and Security Act",
        in_force_from: ymd(2024, 7, 1),
        period_days: 45,
        period_section: "Tex. Bus. & Com. Code \u{a7}541.052(b)",
        extension_days: 45,
        extension_section: "Tex. Bus. & Com. Code \u{a7}541.052(b)",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate with commercially reasonable efforts (Tex. Bus. & Com. Code \u{a7}541.052(e))",
        appeal: appeal_unread(60, false, None, true, "Tex. Bus. & Com. Code \u{a7}541.053"),
        consent_revocation: None,
        correction: Correction::Given,
        checked: "partly: period, one extension of 45 with notice in the first 45, refusal within 45 (c), authentication (e) (text of \u{a7}541.052 via codes.findlaw.com); the 60-day appeal of \u{a7}541.053 not yet read in the statute",
    },
    // Sources read (session s11): https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page363.html and page364.html
    // (the Deskbook's codified ORS 646A.576: (1)-(4), then (5)(d) to (6)(d) up to "information that enables the cons...");
    // https://www.myctrl.tools/frameworks/or-cpa/section-4-5-a quotes the act's section 4(5)(a) (= ORS 646A.576(5)(a))
    // word for word (its copy of Va. Code §59.1-577(B)(3) matches the statute text read elsewhere).
    StateLaw {
        code: "OR",
        state: "Oregon",
        act: "Consumer Privacy Act",
        in_force_from: ymd(2024, 7, 1),
        period_days: 45,
        period_section: "ORS 646A.576(5)(a)",
        extension_days: 45,
        extension_section: "ORS 646A.576(5)(a)",
        period_read: true,
        authentication: "a controller that tells the consumer it cannot authenticate the request need not comply until the consumer supplies the information (ORS 646A.576(5)(d)); Casebook keeps the 45 days from receipt, the earlier and safe reading",
        appeal: appeal(45, None, "ORS 646A.576(6)(d)"),
        // Revocation of consent: "cease processing the personal data as soon as is practicable, but not later than 15 days
        // after receiving the revocation", read in the act as reproduced in the GDPR and US States Deskbook.
        consent_revocation: revocation(15, "ORS 646A.578(1)(d)", true),
        correction: Correction::Given,
        checked: "yes for every number used: 45 + 45 with notice in the first 45 (the act's section 4(5)(a), codified as ORS 646A.576(5)(a), as quoted word for word by myctrl.tools); authentication (5)(d) and the appeal \"within 45 days after the date on which the controller received the appeal\" (6)(d) read in the codified text (GDPR and US States General Privacy Laws Deskbook pp. 363\u{2013}364); not read: the end of (6)(d) after the notice of a denied appeal, so the further 45 days one secondary source gives the appeal are not offered (the earlier date)",
    },
    // Sources read (session s11): https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page258.html (the act as
    // enacted, SB 384, the rights section's (3)-(4)(c)) and page303.html (the Deskbook's codified §30-14-2808: the end of the appeal
    // subsection, "...written explanation of the reasons for the decisions. If the appeal is denied, the controller shall
    // also provide ... a method through which the consumer may contact the attorney general", then §30-14-2809).
    // Searched for the page between (page 302, with (4)-(5)) and for page 259: not reached. Official text:
    // https://mca.legmt.gov/bills/mca/title_0300/chapter_0140/part_0280/section_0080/0300-0140-0280-0080.html (not read).
    StateLaw {
        code: "MT",
        state: "Montana",
        act: "Consumer Data Privacy Act",
        in_force_from: ymd(2024, 10, 1),
        period_days: 45,
        period_section: "Mont. Code Ann. \u{a7}30-14-2808(4)(a)",
        extension_days: 45,
        extension_section: "Mont. Code Ann. \u{a7}30-14-2808(4)(a)",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate with commercially reasonable efforts (Mont. Code Ann. \u{a7}30-14-2808(4)(d))",
        appeal: appeal_unread(60, false, None, true, "Mont. Code Ann. \u{a7}30-14-2808(5)"),
        // Revocation of consent: "not later than 45 days after the receipt of the request" (MCA 2025, archive.legmt.gov):
        // the response period's length, without its extension.
        consent_revocation: revocation(45, "Mont. Code Ann. \u{a7}30-14-2812(1)(c)", true),
        correction: Correction::Given,
        checked: "partly: 45 days, one extension of 45 with notice in the first 45, refusal within 45 (subsection (4)(a)\u{2013}(b) of the act as enacted, SB 384, read in the Deskbook's text, p. 258); that the appeal closes \u{a7}30-14-2808 and that a denial names the attorney general (codified text, p. 303); the 60 days of the appeal and the authentication paragraph (4)(d) not yet read",
    },
    // Source read: https://law.counselstack.com/statute/ia/715D.3 (subsection 1 only); also (session s11)
    // https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page216.html (SF 262 §3, 715D.3(1)) and page217.html
    // (715D.3(2)(d) and (3) as enacted: "Within sixty days of receipt of an appeal, a controller shall inform the consumer
    // in writing ..."; the end of page 216 with 2.a-c was not reached). Secondary: https://www.datanuance.co/checklists/iowa ("within ninety (90) days ... forty-five (45)
    // additional days ... within the initial 90-day period"); https://clickoff.io/state/iowa/ gives the appeal 90 days.
    // Read (session s14): 715D.3(2)(a) as enacted, quoted word for word in the GitHub repository rafal-fryc/Parsed-Tech-Statutes ("state
    // privacy laws/Iowa Privacy Law_.json", commit d90a951c): "A controller shall respond to the consumer without undue
    // delay, but in all cases within ninety days of receipt of a request submitted pursuant to the methods described in
    // this section. The response period may be extended once by forty-five additional days when reasonably necessary
    // ... by informing the consumer of any such extension within the initial ninety-day response period, together with
    // the reason for the extension." The same copy gives (3) as read on Deskbook p. 217 ("Within sixty days of receipt
    // of an appeal").
    StateLaw {
        code: "IA",
        state: "Iowa",
        act: "Consumer Data Protection Act",
        in_force_from: ymd(2025, 1, 1),
        period_days: 90,
        period_section: "Iowa Code \u{a7}715D.3(2)(a)",
        extension_days: 45,
        extension_section: "Iowa Code \u{a7}715D.3(2)(a)",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate with commercially reasonable efforts (Iowa Code \u{a7}715D.3(2)(d))",
        appeal: appeal(60, None, "Iowa Code \u{a7}715D.3(3)"),
        // 715D.3(1) as enacted (S.F. 262, 2023): a. confirm and access, b. delete what the consumer provided,
        // c. a portable copy, d. opt out of sale; no right to correct.
        consent_revocation: None,
        correction: Correction::Not { rights: "Iowa Code \u{a7}715D.3(1)" },
        checked: "yes: \"within ninety days of receipt of a request\", \"extended once by forty-five additional days\" with notice \"within the initial ninety-day response period\" (2)(a) (715D.3 as enacted, quoted word for word in the rafal-fryc/Parsed-Tech-Statutes repository), authentication (2)(d) and the appeal \"within sixty days of receipt of an appeal\" with the online mechanism to contact the attorney general (3) read in the act as enacted (SF 262 \u{a7}3, Deskbook p. 217); one secondary source gives the appeal 90 days, which the text read contradicts",
    },
    // Source read: https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page183.html (text of §12D-104(b)–(c)).
    // Read in full (session s13): the whole of chapter 12D (§§12D-101–12D-111) as published by the Delaware Code
    // Online (delcode.delaware.gov/title6/c012d/), in the copy stored in the GitHub repository saint1415/us-statutes
    // (data/states/delaware/content/content/title-title-6/chapter-title6c012dindex.json, commit 910e092f).
    StateLaw {
        code: "DE",
        state: "Delaware",
        act: "Personal Data Privacy Act",
        in_force_from: ymd(2025, 1, 1),
        period_days: 45,
        period_section: "6 Del. C. \u{a7}12D-104(c)(1)",
        extension_days: 45,
        extension_section: "6 Del. C. \u{a7}12D-104(c)(1)",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate with commercially reasonable efforts (6 Del. C. \u{a7}12D-104(c)(4))",
        appeal: appeal(60, None, "6 Del. C. \u{a7}12D-104(d)"),
        // Revocation of consent: \u{a7}12D-106(a)(6) requires a mechanism to revoke; its 15 days (as Connecticut's) are from
        // secondary sources, not yet read in the Code's text: said so wherever the date is explained.
        consent_revocation: revocation(15, "6 Del. C. \u{a7}12D-106(a)(6)", false),
        correction: Correction::Given,
        checked: "yes: \"not later than 45 days after receipt of the request\", extendable \"by 45 additional days\" with notice \"within the initial 45-day response period\" (c)(1), refusal within 45 (c)(2), authentication (c)(4) and \"Not later than 60 days after receipt of an appeal\" (d) read in the text of chapter 12D (Delaware Code Online, as stored in the saint1415/us-statutes repository); a denied appeal names the Department of Justice (the Attorney General's department) (d); in force 2025-01-01 read as the day enforcement under \u{a7}12D-111(b) begins (\"beginning on January 1, 2025\"), the session law's own effective-date clause (84 Del. Laws c. 197) not read",
    },
    // Searched again (session s10): RSA 507-H:4, III–IV by section and by the Connecticut wording it copies
    // ("45 additional days", "sixty days after receipt of an appeal"): the Deskbook page after 335 and the official
    // page were not reached.
    // Source read: https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page335.html (RSA 507-H:4, I–II only);
    // official text: https://www.gc.nh.gov/rsa/html/LII/507-H/507-H-mrg.htm (not read).
    StateLaw {
        code: "NH",
        state: "New Hampshire",
        act: "Expectation of Privacy (RSA 507-H)",
        in_force_from: ymd(2025, 1, 1),
        period_days: 45,
        period_section: "RSA 507-H:4, III(a)",
        extension_days: 45,
        extension_section: "RSA 507-H:4, III(a)",
        period_read: false,
        authentication: "a controller need not comply with a request it cannot authenticate with commercially reasonable efforts (RSA 507-H:4, III(d))",
        appeal: appeal_unread(60, false, None, true, "RSA 507-H:4, IV"),
        // Revocation of consent: 15 days as Connecticut's model, from secondary sources, not yet read in RSA 507-H's text.
        consent_revocation: revocation(15, "RSA 507-H:6, I(f)", false),
        correction: Correction::Given,
        checked: "partly: RSA 507-H:4, I\u{2013}II (the rights and how they are exercised) read in the statute text; paragraphs III (45 + 45, authentication) and IV (the 60-day appeal) not reached, the numbers following the Connecticut model the act copies",
    },
    // Sources read (session s11): https://casetext.com/statute/new-jersey-statutes/title-56-trade-names-trade-marks-and-unfair-trade-practices/chapter-568/section-568-1667-effective-1152025-personal-data-controller-verified-request-consumer-response-period
    // and https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page347.html (text of N.J.S.A. 56:8-166.7 a.-e.,
    // e. read up to "shall not be required to"). The appeal's subsection was not reached; official text:
    // https://pub.njleg.state.nj.us/Bills/2022/PL23/266_.HTM (not read).
    StateLaw {
        code: "NJ",
        state: "New Jersey",
        act: "Data Privacy Act (P.L. 2023, c. 266)",
        in_force_from: ymd(2025, 1, 15),
        period_days: 45,
        period_section: "N.J.S.A. 56:8-166.7(a)",
        extension_days: 45,
        extension_section: "N.J.S.A. 56:8-166.7(a)",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate with commercially reasonable efforts (N.J.S.A. 56:8-166.7(e))",
        appeal: appeal_unread(45, false, None, true, "N.J.S.A. 56:8-166.7"),
        // Revocation of consent: "cease to process the data as soon as practicable, but not later than 15 days after the
        // receipt of such request", read in P.L. 2023, c.266 as reproduced in the GDPR and US States Deskbook.
        consent_revocation: revocation(15, "N.J.S.A. 56:8-166.12(a)(6)", true),
        correction: Correction::Given,
        checked: "partly: a response \"within 45 days of the controller's receipt of the request\", extendable by 45 with notice in the first 45 (a.), refusal within 45 (c.) and the opening of the authentication rule (e.) read in the text of N.J.S.A. 56:8-166.7 (casetext.com, Deskbook p. 347); the appeal's 45 days (no extension offered) from a secondary source, its subsection not yet read",
    },
    // Checked in an earlier session; official text: https://nebraskalegislature.gov/laws/statutes.php?statute=87-1108 and ?statute=87-1109.
    StateLaw {
        code: "NE",
        state: "Nebraska",
        act: "Data Privacy Act",
        in_force_from: ymd(2025, 1, 1),
        period_days: 45,
        period_section: "Neb. Rev. Stat. \u{a7}87-1108(2)",
        extension_days: 45,
        extension_section: "Neb. Rev. Stat. \u{a7}87-1108(2)",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate with commercially reasonable efforts (Neb. Rev. Stat. \u{a7}87-1108(5))",
        appeal: appeal(60, None, "Neb. Rev. Stat. \u{a7}87-1109(3)"),
        consent_revocation: None,
        correction: Correction::Given,
        checked: "yes",
    },
    // Sources read (session s11): https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page342.html (the Deskbook's
    // text of Tenn. Code Ann. §47-18-3304(a)(2)(C)-(b)(2)) and the opening of §47-18-3304 at
    // https://casetext.com/statute/tennessee-code/title-47-commercial-instruments-and-transactions/chapter-18-consumer-protection/part-33-authorized-vehicle-immobilization-device-operator/section-47-18-3304-effective-712025-personal-information-rights-consumers
    // ((a)(1)-(2)). Subsection (c), the appeal, was not reached; enacted text: https://publications.tnsosfiles.com/acts/113/pub/pc0408.pdf (not read).
    StateLaw {
        code: "TN",
        state: "Tennessee",
        act: "Information Protection Act",
        in_force_from: ymd(2025, 7, 1),
        period_days: 45,
        period_section: "Tenn. Code Ann. \u{a7}47-18-3304(b)(1)",
        extension_days: 45,
        extension_section: "Tenn. Code Ann. \u{a7}47-18-3304(b)(1)",
        period_read: true,
        authentication: "the duties apply to an authenticated request only (Tenn. Code Ann. \u{a7}47-18-3304(a)(2), (b))",
        appeal: appeal_unread(60, false, None, true, "Tenn. Code Ann. \u{a7}47-18-3304(c)"),
        consent_revocation: None,
        correction: Correction::Given,
        checked: "partly: \"within forty-five (45) days of receipt\", extended once by forty-five (45) days with notice in the first forty-five, refusal within 45, and the duty to comply with an authenticated request ((a)(2), (b), (b)(1)\u{2013}(2)) read in the text of \u{a7}47-18-3304 (Deskbook p. 342, casetext.com); the 60-day appeal of (c) not yet read",
    },
    // Source read (session s11): https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page287.html (§325M.14
    // subd. 4(h)-(k) and the heading of subd. 5, "Appeal process required", up to "rights under subdivisi...").
    // Official text: https://www.revisor.mn.gov/statutes/cite/325M.14 (only subd. 1 reached).
    // Read (session s14): the act as enacted (Laws 2024, ch. 121, art. 5, where the section is numbered 325O.05; the
    // revisor codified it as 325M.14), quoted word for word in the GitHub repository rafal-fryc/Parsed-Tech-Statutes ("state privacy
    // laws/Minnesota Privacy Law_.json", commit d90a951c): "A controller must inform a consumer of any action taken on
    // a request under subdivision 1 without undue delay and in any event within 45 days of receipt of the request. That
    // period may be extended once by 45 additional days where reasonably necessary, taking into account the complexity
    // and number of the requests. The controller must inform the consumer of any extension within 45 days of receipt
    // of the request, together with the reasons for the delay." The appeal (subd. 5) is not in that copy.
    StateLaw {
        code: "MN",
        state: "Minnesota",
        act: "Consumer Data Privacy Act",
        in_force_from: ymd(2025, 7, 31),
        period_days: 45,
        period_section: "Minn. Stat. \u{a7}325M.14 subd. 4",
        extension_days: 45,
        extension_section: "Minn. Stat. \u{a7}325M.14 subd. 4",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate with commercially reasonable efforts (Minn. Stat. \u{a7}325M.14)",
        appeal: appeal_unread(45, false, Some(60), false, "Minn. Stat. \u{a7}325M.14 subd. 5"),
        // Revocation of consent: "cease to process the applicable data as soon as practicable, but not later than 15 days
        // after the receipt of the request", read in the act (2024 ch. 121, then numbered 325O) as reproduced in the Deskbook.
        consent_revocation: revocation(15, "Minn. Stat. \u{a7}325M.16, subd. 2", true),
        correction: Correction::Given,
        checked: "partly: \"within 45 days of receipt of the request\", \"extended once by 45 additional days\" with notice \"within 45 days of receipt of the request\" read in the act as enacted (Laws 2024 ch. 121 art. 5, \u{a7}325O.05 subd. 4, codified as \u{a7}325M.14 subd. 4; quoted word for word in the rafal-fryc/Parsed-Tech-Statutes repository); that the appeal is subd. 5 (\"Appeal process required\") read in the statute text (Deskbook p. 287); the appeal's 45 + 60 and the authentication rule not yet read",
    },
    // Searched again (session s10): §14-4705(e) and the enacted §14-4605(e) (2024 ch. 454/455, SB 541/HB 567) by
    // section, by "45 days", "extended", "appeal", "60 days" and the bills' capitalised text: every copy found stops
    // at (d). The shorter extension (15) and appeal (45) stay, the earlier dates of the two readings.
    // Sources read: https://lexace.ai/us/statute/maryland/CL-14-4705 (the rights, renumbered from the enacted
    // §14-4605, https://casetext.com/statute/code-of-maryland/article-commercial-law/title-14-miscellaneous-consumer-protection-provisions/subtitle-46-online-data-privacy-act/section-14-4605-effective-until-1012025-effective-1012025);
    // the periods only from https://magnifyi.com/governor-signs-new-maryland-online-data-protection-act-of-2024 (45 + 45, appeal 60)
    // and https://boringdsar.com/jurisdiction-guides/maryland (45 + 15, appeal 45), which disagree.
    // Read (session s14): the act as enacted (2024 ch. 455, SB 541; its capitalised new text), quoted word for word in
    // the GitHub repository rafal-fryc/Parsed-Tech-Statutes ("state privacy laws/Maryland Privacy Law_.json", commit d90a951c):
    // §14-4605(e)(2) "A CONTROLLER SHALL RESPOND TO A CONSUMER REQUEST NOT LATER THAN 45 DAYS AFTER THE CONTROLLER
    // RECEIVES THE CONSUMER REQUEST. (II) A CONTROLLER MAY EXTEND THE COMPLETION PERIOD BY AN ADDITIONAL 45 DAYS IF: 1. IT
    // IS REASONABLY NECESSARY ...; AND 2. THE CONTROLLER INFORMS THE CONSUMER OF THE EXTENSION AND THE REASON FOR THE
    // EXTENSION WITHIN THE INITIAL 45-DAY RESPONSE PERIOD." and §14-4605(f)(3) "NOT LATER THAN 60 DAYS AFTER RECEIVING AN
    // APPEAL, A CONTROLLER SHALL INFORM THE CONSUMER IN WRITING ...". The act's text gives 45 + 45 and an appeal of 60,
    // so the shorter secondary readings (15, 45) are dropped; the section is §14-4705 since the renumbering. Not read:
    // the authentication paragraph, and any amendment after the 2024 act other than the renumbering.
    StateLaw {
        code: "MD",
        state: "Maryland",
        act: "Online Data Privacy Act",
        in_force_from: ymd(2025, 10, 1),
        period_days: 45,
        period_section: "Md. Code, Com. Law \u{a7}14-4705(e)(2)(i)",
        extension_days: 45,
        extension_section: "Md. Code, Com. Law \u{a7}14-4705(e)(2)(ii)",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate with commercially reasonable efforts (Md. Code, Com. Law \u{a7}14-4705(e)); the subsection's own paragraph not yet read",
        appeal: appeal(60, None, "Md. Code, Com. Law \u{a7}14-4705(f)(3)"),
        // Revocation of consent: "NOT LATER THAN 30 DAYS AFTER RECEIVING THE REQUEST", read in SB 541 (2024) as enacted.
        consent_revocation: revocation(30, "Md. Code, Com. Law \u{a7}14-4707(b)(2)", true),
        correction: Correction::Given,
        checked: "yes for every number used: the act is codified today as Com. Law \u{a7}\u{a7}14-4701\u{2013}14-4714 (enacted by 2024 ch. 455 as \u{a7}\u{a7}14-4601\u{2013}14-4614, renumbered because Subtitle 46 also went to the Kids Code), \u{a7}14-4705 being the rights and the duty to respond (text of (a)\u{2013}(d) via lexace.ai); \"NOT LATER THAN 45 DAYS AFTER THE CONTROLLER RECEIVES THE CONSUMER REQUEST\", extendable \"BY AN ADDITIONAL 45 DAYS\" with notice \"WITHIN THE INITIAL 45-DAY RESPONSE PERIOD\" ((e)(2)) and \"NOT LATER THAN 60 DAYS AFTER RECEIVING AN APPEAL\" ((f)(3)) read in the act as enacted (2024 ch. 455 \u{a7}14-4605, quoted word for word in the rafal-fryc/Parsed-Tech-Statutes repository), replacing the shorter secondary readings (15, 45); not read: the authentication paragraph and any later amendment but the renumbering",
    },
    // Source read: https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page199.html (text of Ind. Code §24-15-3-1(c)(1)–(4)).
    // Read (session s14): §24-15-3-1(c)(1) and (d), quoted word for word in the GitHub repository rafal-fryc/Parsed-Tech-Statutes ("state
    // privacy laws/Indiana Privacy Law_.json", commit d90a951c): (d) "Not later than sixty (60) days after receipt of an
    // appeal, a controller shall inform the consumer in writing of any action taken or not taken in response to the
    // appeal, including a written explanation of the reasons for the decisions. If the appeal is denied, the controller
    // shall also provide the consumer with an online mechanism, if available, or other method through which the
    // consumer may contact the attorney general to submit a complaint."
    StateLaw {
        code: "IN",
        state: "Indiana",
        act: "Consumer Data Protection Act",
        in_force_from: ymd(2026, 1, 1),
        period_days: 45,
        period_section: "Ind. Code \u{a7}24-15-3-1(c)(1)",
        extension_days: 45,
        extension_section: "Ind. Code \u{a7}24-15-3-1(c)(1)",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate and may ask for more information (Ind. Code \u{a7}24-15-3-1(c)(4))",
        appeal: appeal(60, None, "Ind. Code \u{a7}24-15-3-1(d)"),
        consent_revocation: None,
        correction: Correction::Given,
        checked: "yes: period, one extension of 45 with notice in the first 45, refusal within 45, authentication (text of \u{a7}24-15-3-1(c)(1)\u{2013}(4), Deskbook p. 199); \"Not later than sixty (60) days after receipt of an appeal\", with a method to contact the attorney general on a denial (d), read in the text of \u{a7}24-15-3-1 as quoted word for word in the rafal-fryc/Parsed-Tech-Statutes repository",
    },
    // Source read (session s11): https://self-law.org/code/ky/367-3615 (the heading "Consumer rights request --
    // Controller compliance -- Requirements -- Appeal process" and subsections (1)-(2)(e); the section runs to 798
    // words and the rest was not reached). Official text: https://apps.legislature.ky.gov/law/statutes/chapter.aspx?id=39357 (not read).
    // Read in session 16: https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page229.html (the Deskbook's
    // codified KRS 367.3615(3)(e) and (4), then KRS 367.3617): the appeal subsection (4) word for word.
    StateLaw {
        code: "KY",
        state: "Kentucky",
        act: "Consumer Data Protection Act",
        in_force_from: ymd(2026, 1, 1),
        period_days: 45,
        period_section: "KRS 367.3615",
        extension_days: 45,
        extension_section: "KRS 367.3615",
        period_read: false,
        authentication: "the duties apply to an authenticated consumer request (KRS 367.3615(2))",
        appeal: appeal(60, None, "KRS 367.3615(4)"),
        consent_revocation: None,
        correction: Correction::Given,
        checked: "partly: the duty to comply with an authenticated request (KRS 367.3615(2)) read in the statute text (self-law.org); the appeal \"Within sixty (60) days of receipt of an appeal\", with no extension, and a method to \"contact the Attorney General to submit a complaint\" on a denial (KRS 367.3615(4)) read in the codified text (Deskbook p. 229, session 16); 45 + 45 (subsection (3)) not yet read",
    },
    // Official text read in an earlier session: https://webserver.rilegislature.gov/Statutes/TITLE6/6-48.1/INDEX.htm;
    // read again (session s11): http://webserver.rilin.state.ri.us/Statutes/TITLE6/6-48.1/6-48.1-6.htm ((a)-(b)(3)) and
    // https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page380.html. The appeal further down §6-48.1-6 was not reached.
    StateLaw {
        code: "RI",
        state: "Rhode Island",
        act: "Data Transparency and Privacy Protection Act",
        in_force_from: ymd(2026, 1, 1),
        period_days: 45,
        period_section: "R.I. Gen. Laws \u{a7}6-48.1-6(b)(1)",
        extension_days: 45,
        extension_section: "R.I. Gen. Laws \u{a7}6-48.1-6(b)(1)",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate with commercially reasonable efforts (R.I. Gen. Laws ch. 6-48.1)",
        appeal: appeal_unread(60, false, None, true, "R.I. Gen. Laws ch. 6-48.1"),
        // Revocation of consent: "no longer than fifteen (15) days from receipt to effectuate the revocation", read in
        // \u{a7}6-48.1-4 (webserver.rilin.state.ri.us).
        consent_revocation: revocation(15, "R.I. Gen. Laws \u{a7}6-48.1-4(e)", true),
        correction: Correction::Given,
        checked: "partly: \"not later than forty-five (45) days after receipt\", one extension of forty-five (45) with notice in the first forty-five (\u{a7}6-48.1-6(b)(1)), refusal within 45 ((b)(2)) and the effective date read in the official text; the appeal exists, its 60 days from a secondary source; the authentication rule not yet read",
    },
    // Source read: https://lawserver.com/law/state/florida/statutes/florida_statutes_501-706 and
    // https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page244.html (text of §501.706(1)–(4)).
    // Read (session s13): Part V of chapter 501 as stored in the GitHub repository saint1415/us-statutes
    // (data/states/florida/content/title-chapter-0501/chapter-chapter-0501.json, commit 697b21ff, from the Florida
    // Statutes): the part's table of sections ("501.706 Controller response to consumer requests. 501.707 Appeal.")
    // and the opening of §501.707(1)–(2) ("A controller shall establish a process for a consumer to appeal the
    // controller's refusal to take action on a request within a reasonable period of time after the consumer's receipt
    // of the decision under s. 501.706(3). (2) The appeal process must be conspicuously available and similar to the
    // process..."); the copy stops there, before the appeal's number of days. To check next: §501.707(1) calls the
    // refusal "the decision under s. 501.706(3)", while this row cites (3) for authentication.
    StateLaw {
        code: "FL",
        state: "Florida",
        act: "Digital Bill of Rights",
        in_force_from: ymd(2024, 7, 1),
        period_days: 45,
        period_section: "Fla. Stat. \u{a7}501.706(2)",
        extension_days: 15,
        extension_section: "Fla. Stat. \u{a7}501.706(2)",
        period_read: true,
        authentication: "a controller need not comply with a request it cannot authenticate, after a reasonable effort to ask for the information needed (Fla. Stat. \u{a7}501.706(3)); the notice that the request was complied with is due within 60 days of receipt (\u{a7}501.706(4)), never later than the extended date of 45 + 15",
        appeal: appeal_unread(60, false, None, true, "Fla. Stat. \u{a7}501.707"),
        consent_revocation: None,
        correction: Correction::Given,
        checked: "partly: period, one extension of 15 with notice in the first 45, refusal within 45, authentication (3) and the 60-day compliance notice (4) (text of \u{a7}501.706 via lawserver.com); that \u{a7}501.707 is the appeal section (its heading and the opening of (1)\u{2013}(2), Florida Statutes text as stored in the saint1415/us-statutes repository) read in the statute; the appeal's 60 days from a secondary source only",
    },
];
impl StateLaw {
    /// "Iowa Consumer Data Protection Act", "Colorado Privacy Act": the act's
    /// name with its state's, once.
    pub fn name(&self) -> String {
        if self.act.starts_with(self.state) { self.act.to_string() } else { format!("{} {}", self.state, self.act) }
    }
}

/// The state law for a `US-XX` location, or why there is none.
pub fn state_law(subdivision: Option<&str>) -> Result<&'static StateLaw, String> {
    let known = || US_STATES.iter().map(|s| format!("US-{}", s.code)).collect::<Vec<_>>().join(", ");
    match subdivision {
        None => Err(format!("a US state privacy law applies by state: give the state, one of {}", known())),
        Some(code) => US_STATES.iter().find(|s| s.code == code).ok_or_else(|| {
            format!("Casebook knows no comprehensive privacy law of US-{code}; the states it knows are {}", known())
        }),
    }
}

/// The versions of every regime other than the US states, oldest first.
pub const VERSIONS: &[(Regime, Version, RefusalDue)] = &[
    (
        Regime::UkGdpr,
        Version {
            id: "uk-gdpr-2018",
            name: "UK GDPR and DPA 2018 before the Data (Use and Access) Act 2025",
            in_force_from: ymd(2018, 5, 25),
            in_force_until: Some(ymd(2026, 2, 4)),
            source: "UK GDPR Art. 12(3)\u{2013}(4); DPA 2018 s.54; ICO right of access guidance (stopping the clock to clarify an access request)",
        },
        RefusalDue::UnextendedPeriod(
            "UK GDPR Art. 12(4) before amendment: \"at the latest within one month of receipt\"",
        ),
    ),
    (
        Regime::UkGdpr,
        Version {
            id: "uk-gdpr-2026",
            name: "UK GDPR as amended by the Data (Use and Access) Act 2025 (Art. 12A)",
            in_force_from: ymd(2026, 2, 5),
            in_force_until: None,
            source: "UK GDPR Art. 12(3)\u{2013}(4), Art. 12A (Data (Use and Access) Act 2025 s.76); DPA 2018 s.54",
        },
        RefusalDue::ApplicablePeriod(
            "UK GDPR Art. 12(4) as amended: before the end of the applicable period, any extension included",
        ),
    ),
    (
        Regime::EuGdpr,
        Version {
            id: "eu-gdpr",
            name: "GDPR (Regulation (EU) 2016/679)",
            in_force_from: ymd(2018, 5, 25),
            in_force_until: None,
            source: "GDPR Art. 12(3)\u{2013}(4); Regulation 1182/71 Art. 3; EDPB Guidelines 01/2022 \u{a7}\u{a7}157\u{2013}164",
        },
        RefusalDue::UnextendedPeriod(
            "GDPR Art. 12(4): \"at the latest within one month of receipt\", without the extension",
        ),
    ),
    (
        Regime::Ccpa,
        Version {
            id: "ccpa",
            name: "California Consumer Privacy Act, as amended by the CPRA, and its regulations",
            in_force_from: ymd(2020, 1, 1),
            in_force_until: None,
            source: "Cal. Civ. Code \u{a7}1798.130(a)(2); 11 CCR \u{a7}7021, \u{a7}7026, \u{a7}7027",
        },
        RefusalDue::SameAsResponse,
    ),
    (
        Regime::Lgpd,
        Version {
            id: "lgpd",
            name: "Lei Geral de Prote\u{e7}\u{e3}o de Dados (Lei 13.709/2018)",
            in_force_from: ymd(2020, 9, 18),
            in_force_until: None,
            source: "LGPD Art. 19",
        },
        RefusalDue::SameAsResponse,
    ),
    (
        Regime::Pipeda,
        Version {
            id: "pipeda",
            name: "Personal Information Protection and Electronic Documents Act",
            in_force_from: ymd(2001, 1, 1),
            in_force_until: None,
            source: "PIPEDA s.8(3)\u{2013}(4)",
        },
        RefusalDue::SameAsResponse,
    ),
    (
        Regime::Fadp,
        Version {
            id: "fadp-1992",
            name: "Federal Act on Data Protection of 1992 and its Ordinance",
            in_force_from: ymd(1993, 7, 1),
            in_force_until: Some(ymd(2023, 8, 31)),
            source: "FADP 1992 Art. 8; Ordinance Art. 1(4)",
        },
        RefusalDue::SameAsResponse,
    ),
    (
        Regime::Fadp,
        Version {
            id: "fadp-2023",
            name: "revised Federal Act on Data Protection",
            in_force_from: ymd(2023, 9, 1),
            in_force_until: None,
            source: "revFADP Art. 25(7); DPO Art. 18",
        },
        RefusalDue::SameAsResponse,
    ),
    (
        Regime::Popia,
        Version {
            id: "popia",
            name: "Protection of Personal Information Act 2013, with PAIA",
            in_force_from: ymd(2021, 7, 1),
            in_force_until: None,
            source: "POPIA s.23; PAIA s.56\u{2013}57",
        },
        RefusalDue::SameAsResponse,
    ),
    (
        Regime::AuApp,
        Version {
            id: "au-app",
            name: "Australian Privacy Principles (Privacy Act 1988 Sch. 1)",
            in_force_from: ymd(2014, 3, 12),
            in_force_until: None,
            source: "APP 12.4",
        },
        RefusalDue::SameAsResponse,
    ),
];

/// Complaints to the controller (UK): acknowledge within 30 days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ComplaintRule {
    /// The id and English name of the rule as the law in force (`LawInForce`).
    pub id: &'static str,
    pub name: &'static str,
    pub in_force_from: NaiveDate,
    pub acknowledge_days: u32,
    pub source: &'static str,
}

pub const UK_COMPLAINTS: ComplaintRule = ComplaintRule {
    id: "uk-dpa-164a",
    name: "DPA 2018 s.164A: complaints to controllers",
    in_force_from: ymd(2026, 6, 19),
    acknowledge_days: 30,
    source: "DPA 2018 s.164A(3) (inserted by the Data (Use and Access) Act 2025 s.103)",
};

/// California employee records, beside the CCPA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RecordsRule {
    pub what: &'static str,
    /// `what` as a code, for a front end to name in its language.
    pub record: super::EmployeeRecord,
    pub days: u32,
    pub source: &'static str,
}

pub const CA_EMPLOYEE_RECORDS: &[RecordsRule] = &[
    RecordsRule {
        what: "personnel file",
        record: super::EmployeeRecord::PersonnelFile,
        days: 30,
        source: "Cal. Labor Code \u{a7}1198.5(b)(1): within 30 days of the written request (35 by written agreement)",
    },
    RecordsRule {
        what: "payroll records",
        record: super::EmployeeRecord::PayrollRecords,
        days: 21,
        source: "Cal. Labor Code \u{a7}226(b)\u{2013}(c): within 21 calendar days of the request",
    },
];

/// The version of `regime` in force for a request received on `received`, and the next version if one came later.
pub fn version_on(regime: Regime, received: NaiveDate) -> Option<(Version, RefusalDue, Option<Version>)> {
    let of: Vec<&(Regime, Version, RefusalDue)> = VERSIONS.iter().filter(|(r, _, _)| *r == regime).collect();
    let i = of
        .iter()
        .position(|(_, v, _)| v.in_force_from <= received && v.in_force_until.is_none_or(|until| received <= until))?;
    Some((of[i].1, of[i].2, of.get(i + 1).map(|(_, v, _)| *v)))
}

/// The earliest day any version of `regime` applies from.
pub fn first_in_force(regime: Regime) -> Option<NaiveDate> {
    match regime {
        Regime::UsState => US_STATES.iter().map(|s| s.in_force_from).min(),
        _ => VERSIONS.iter().filter(|(r, _, _)| *r == regime).map(|(_, v, _)| v.in_force_from).min(),
    }
}

/// The README's table of every regime and state with its periods and source,
/// generated from the tables above (a test keeps the README equal to it).
pub fn markdown_table() -> String {
    let mut out = String::from(
        "| regime | law (version) | in force | period | extension | appeal | source | checked against the statute text |\n|---|---|---|---|---|---|---|---|\n",
    );
    // Read off the engine's own rules, so the table cannot say other than what it computes.
    let words = |p: super::Period| match p {
        super::Period::Months(1) => "1 month".to_string(),
        super::Period::Months(n) => format!("{n} months"),
        super::Period::Days(n) => format!("{n} days"),
        super::Period::BusinessDays(n) => format!("{n} business days"),
    };
    let period = |r: Regime| {
        let rules = super::RegimeRules::of(r);
        let mut p = words(rules.period(crate::Right::Access));
        if rules.rolls_forward {
            p.push_str(" (last day rolled to a working day)");
        }
        let opt_out = rules.period(crate::Right::OptOutOfSale);
        if opt_out != rules.period(crate::Right::Access) {
            p.push_str(&format!("; opt-outs {}", words(opt_out)));
        }
        if let Some(ack) = rules.acknowledgement {
            p.push_str(&format!("; confirm receipt in {}", words(ack)));
        }
        p
    };
    let extension = |r: Regime| match super::RegimeRules::of(r).extension {
        super::Extension::MonthsFromStart(n) => format!("to {n} months from the start"),
        super::Extension::DaysFromReceived(n) => format!("to {n} days from receipt"),
        super::Extension::None => "none".into(),
    };
    for (regime, v, _) in VERSIONS {
        let until = v.in_force_until.map(|u| format!(" to {u}")).unwrap_or_default();
        out.push_str(&format!(
            "| `{}` | {} | {}{until} | {} | {} | - | {} | - |\n",
            regime.code(),
            v.name,
            v.in_force_from,
            period(*regime),
            extension(*regime),
            v.source
        ));
    }
    let mut states: Vec<&StateLaw> = US_STATES.iter().collect();
    states.sort_by_key(|s| s.state);
    for s in states {
        let appeal = match s.appeal {
            Some(a) => {
                let ext = a.extension_days.map(|e| format!(" (+{e})")).unwrap_or_default();
                format!("{} days{ext}, {}", a.days, a.section)
            }
            None => "none".into(),
        };
        out.push_str(&format!(
            "| `us-state` `US-{}` | {} | {} | {} days, {} | once +{} days | {appeal} | {} | {} |\n",
            s.code,
            s.name(),
            s.in_force_from,
            s.period_days,
            s.period_section,
            s.extension_days,
            s.period_section,
            s.checked
        ));
    }
    out.push_str(&format!(
        "| `uk-gdpr` complaints | DPA 2018 s.164A | {} | acknowledge within {} days | - | - | {} | - |\n",
        UK_COMPLAINTS.in_force_from, UK_COMPLAINTS.acknowledge_days, UK_COMPLAINTS.source
    ));
    for r in CA_EMPLOYEE_RECORDS {
        out.push_str(&format!(
            "| `ccpa` employees: {} | California Labor Code | - | {} days | - | - | {} | - |\n",
            r.what, r.days, r.source
        ));
    }
    out
}
