//! The phrase table for the Nordic, Baltic and island languages: Danish,
//! Norwegian, Icelandic, Finnish, Estonian, Latvian, Lithuanian, Maltese and
//! Irish. Same rules as `patterns` (folded text, `word*` prefixes, `a|b`
//! alternatives, `_` gaps; weight 3 for the GDPR's own terms, 2 for everyday
//! wording), with the vocabulary of each language's official GDPR text
//! (Articles 7(3), 12–22, 77) and of the letters people write.
//!
//! Finnish, Estonian and the Baltic languages inflect their nouns, so most
//! words are prefixes (`tieto*` meets "tietoni", "tietojani", "tietojen").
//! Words that the shared negation list reads as "not" but that mean something
//! else here (Latvian "no" is "from", Icelandic "sem" is "that") cancel
//! nothing in a text told to be in these languages (`NOT_NEGATIONS_NORTH`).

use super::patterns::{Rule, Signal, r, s};
use crate::Right::*;

#[rustfmt::skip]
pub(super) const RULES_NORTH: &[Rule] = &[
    // ---- Article numbers where the language writes them after the number
    // ("15 artikla", "15. pants", "15 straipsnis") or spells
    // "article" without "art" ("Airteagal 15"). ----
    r(Access, "*", 1.5, &["15 artikla*|artiklan|pant*|straipsn*", "airteagal 15"]),
    r(Rectification, "*", 1.5, &["16 artikla*|artiklan|pant*|straipsn*", "airteagal 16"]),
    r(Erasure, "*", 1.5, &["17 artikla*|artiklan|pant*|straipsn*", "airteagal 17"]),
    r(Restriction, "*", 1.5, &["18 artikla*|artiklan|pant*|straipsn*", "airteagal 18"]),
    r(Portability, "*", 1.5, &["20 artikla*|artiklan|pant*|straipsn*", "airteagal 20"]),
    r(Objection, "*", 1.5, &["21 artikla*|artiklan|pant*|straipsn*", "airteagal 21"]),
    r(AutomatedDecision, "*", 0.5, &["22 artikla*|artiklan|pant*|straipsn*", "airteagal 22"]),
    s(Signal::Complaint, "*", 3.0, &["77 artikla*|artiklan|pant*|straipsn*", "airteagal 77"]),
    // Icelandic "15. gr." ("grein"); not shared, as "15 gr" is grams elsewhere.
    r(Access, "is", 1.5, &["15 gr"]),
    r(Rectification, "is", 1.5, &["16 gr"]),
    r(Erasure, "is", 1.5, &["17 gr"]),
    r(Restriction, "is", 1.5, &["18 gr"]),
    r(Portability, "is", 1.5, &["20 gr"]),
    r(Objection, "is", 1.5, &["21 gr"]),
    r(AutomatedDecision, "is", 0.5, &["22 gr"]),
    s(Signal::Complaint, "is", 3.0, &["77 gr"]),
    // ---- A parent writing about a child. ----
    s(Signal::Child, "da", 3.0, &[
        "min|vores son|sons|datter|datters|dreng|pige", "mit|vores barn|barns", "mine|vores born|borns|sonner|dotre",
    ]),
    s(Signal::Child, "no", 3.0, &[
        "min|var sonn|datter|gutt|jente", "mitt|vart barn", "mine|vare barn|sonner|dotre|unger",
        "sonnen|sonen|datteren|dottera|gutten|jenta|barnet|barna|ungen|ungene min|mi|mitt|mine|var|vart|vare",
    ]),
    s(Signal::Child, "is", 3.0, &[
        "sonur|son|syni|sonar|dottir|dottur|barn|barnid|barnsins|barninu|bornin|bornum|bornunum|barna minn|minum|mins|min|minnar|mitt|minu|mina|minir|okkar",
    ]),
    s(Signal::Child, "fi", 3.0, &[
        "poikani|poikaani|pojani|pojastani|pojalleni|poikamme|poikaamme|pojastamme|pojallemme|tyttareni|tytartani|tyttarestani|tyttarelleni|tyttaremme|tytartamme|tyttarestamme|lapseni|lastani|lapsestani|lapselleni|lasteni|lapsiani|lapsistani|lapsemme|lastamme|lapsestamme|lastemme|lapsiamme|lapsellemme",
    ]),
    s(Signal::Child, "et", 3.0, &[
        "minu|mu|meie|oma poeg|poja|pojale|pojast|poega|tutar|tutre|tutrele|tutrest|laps|lapse|lapsele|lapsest|lapsed|laste|lastele|lapsi",
    ]),
    s(Signal::Child, "lv", 3.0, &[
        "mans|manu|mana|manam|musu dels|delu|dela|delam|berns|bernu|berna|bernam|berni|bernus|bernie|bernu",
        "mana|manu|manas|manai|musu meita|meitu|meitas|meitai",
    ]),
    s(Signal::Child, "lt", 3.0, &[
        "mano|musu|savo sunus|sunaus|sunui|sunu|dukra|dukros|dukrai|dukteri|dukters|dukteriai|vaikas|vaiko|vaikui|vaika|vaikai|vaiku|vaikams|vaikus",
    ]),
    s(Signal::Child, "mt", 3.0, &["ibni|binti|uliedi|ibnna|bintna|uliedna", "tifel|tifla|wild tieghi|taghna"]),
    s(Signal::Child, "ga", 3.0, &[
        "mo mhac|phaiste|leanbh|leanai|phaisti|chlann", "m inion|inine|inionacha", "ar mac|bpaiste|bpaisti|leanbh|leanai|gclann", "ar n inion",
        "mo chuid paisti|leanai",
    ]),
    // ---- Danish ----
    r(Access, "da", 3.0, &["indsigt*", "ret til adgang", "registerindsigt*"]),
    r(Access, "da", 2.0, &[
        "hvilke _ oplysninger|personoplysninger|data _ har|opbevarer|gemmer|behandler|registreret",
        "hvad _ registreret|gemt|har|gemmer|opbevarer|ved _ om mig", "kopi af _ oplysninger|personoplysninger|data|oplysningerne",
    ]),
    r(Rectification, "da", 3.0, &["berigtig*", "ret til rettelse", "rettelse*"]),
    r(Rectification, "da", 2.0, &[
        "ret|rette|retter|opdater|opdatere|aendr*|korriger* _ min|mit|mine _ adresse|navn|efternavn|oplysninger|e|telefonnummer|fodselsdato",
        "forkert*|urigtig*|fejlagtig* _ adresse|navn|efternavn|oplysning*|fodselsdato|stavet",
        "er|staar|star forkert*|fejlagtig*|forkert", "stavet forkert", "korriger*",
    ]),
    r(Erasure, "da", 3.0, &["sletning*", "ret til at blive glemt", "blive glemt"]),
    r(Erasure, "da", 2.0, &[
        "slette|slettet|slettes|sletter", "slet min|mit|mine|alle|al|venligst|hele|jeres",
        "fjern* _ mine _ oplysninger|data|personoplysninger", "fjern* mig _ fra _ database*|system*|register*|kartotek*",
    ]),
    r(DeactivateAccount, "da", 3.0, &[
        "deaktiver* _ konto*|profil*|bruger*", "luk* _ konto*|profil*|brugerkonto*", "lukning af _ konto*|profil*",
        "spaer* _ konto*|profil*", "konto* _ deaktiver*|lukket|lukkes|spaerret", "suspender* _ konto*",
    ]),
    r(Restriction, "da", 3.0, &["begraensning af _ behandling*", "begraens* _ behandling*", "behandling* _ begraens*"]),
    r(Restriction, "da", 2.0, &["begraens* _ brug* _ oplysning*|data"]),
    r(Portability, "da", 3.0, &["dataportabilitet", "maskinlaesbar*", "struktureret _ almindeligt anvendt"]),
    r(Portability, "da", 2.0, &[
        "overfor* _ data|oplysning*|oplysningerne _ til", "flytte _ data|oplysning*|oplysningerne _ til",
        "eksport* _ data|oplysning*",
    ]),
    r(Objection, "da", 3.0, &["indsigelse*", "gor indsigelse", "modsaetter mig"]),
    r(Objection, "da", 2.0, &["stop* _ behandl* _ mine|oplysning*|data", "stop* med at bruge _ mine|oplysning*|data"]),
    r(WithdrawConsent, "da", 3.0, &[
        "traek* _ samtykke* _ tilbage", "traek* _ tilbage _ samtykke*", "tilbagetraekning af _ samtykke*", "tilbagekald* _ samtykke*", "samtykke* _ tilbagekald*", "samtykke* _ tilbage",
    ]),
    r(AutomatedDecision, "da", 3.0, &[
        "menneskelig indgriben", "menneskelig* _ vurdering|behandling|gennemgang", "alene _ baseret pa automatisk",
        "automatisk* _ afgorelse*|afslag|afvist|afvise*", "afgorelse* _ automatisk*", "et|en menneske|medarbejder _ se|ser|vurdere|vurderer|kigge|kigger",
        "afvist|afslag|afslaget _ automatisk",
    ]),
    r(AutomatedDecision, "da", 0.75, &["automatisk behandling", "automatiske afgorelser"]),
    r(CommunicationPreferences, "da", 3.0, &[
        "kontaktindstilling*", "kommunikationsindstilling*", "kommunikationspraeferenc*", "kontaktpraeferenc*",
        "markedsforingsindstilling*", "kun _ kontakte mig", "kontakt* mig kun|udelukkende",
    ]),
    r(Unsubscribe, "da", 3.0, &[
        "afmeld*", "frameld*", "ikke _ modtage _ flere|mere|nyhedsbrev*|e|mails|reklam*",
        "stop* med at sende", "fjern* mig _ fra _ mailingliste*|nyhedsbrev*|listen|maillisten",
        "ikke _ have|fa _ flere|mere _ mails|e|nyhedsbreve|reklamer|tilbud",
    ]),
    s(Signal::Reminder, "da", 3.0, &["rykker*", "pamindelse", "ikke hort _ fra jer", "ikke _ faet _ svar", "ikke modtaget _ svar"]),
    s(Signal::Reminder, "da", 1.0, &["venter stadig"]),
    s(Signal::Complaint, "da", 3.0, &["klage* _ datatilsynet", "klage _ tilsynsmyndighed*", "denne klage"]),
    s(Signal::NotRequest, "da", 2.0, &[
        "faktura*", "ordrenummer", "min ordre", "min pakke", "pakken", "levering*", "adgangskode*", "kodeord*", "betaling*",
    ]),
    s(Signal::PrivacyContext, "da", 1.0, &["personoplysning*", "databeskyttelse*", "mine oplysninger", "persondata"]),
    // ---- Norwegian (Bokmål, with Nynorsk forms) ----
    r(Access, "no", 3.0, &["innsyn*", "rett til innsyn"]),
    r(Access, "no", 2.0, &[
        "hvilke|kva _ opplysninger|personopplysninger|data|opplysningar _ har|lagrer|oppbevarer|behandler|registrert",
        "hva|kva _ har|lagret|lagrer|registrert _ om meg", "kopi av _ opplysninger|personopplysninger|data|opplysningene|personopplysningene",
    ]),
    r(Rectification, "no", 3.0, &["retting", "rett til retting", "korriger*"]),
    r(Rectification, "no", 2.0, &[
        "rett|rette|oppdater|oppdatere|endre _ adressen|navnet|etternavnet|opplysningene|e|telefonnummeret|fodselsdatoen",
        "feil _ adresse|navn|etternavn|opplysning*|fodselsdato", "er feil", "stavet feil", "stavet _ feil",
    ]),
    r(Erasure, "no", 3.0, &["sletting", "rett til a bli glemt", "bli glemt", "slettes"]),
    r(Erasure, "no", 2.0, &[
        "slette|slettet|sletter", "slett _ kontoen|profilen|alle|alt|opplysningene|dataene|meg|mine|min|mitt",
        "fjern* _ opplysningene|dataene|personopplysningene", "fjern* meg fra _ databas*|system*|register*",
    ]),
    r(DeactivateAccount, "no", 3.0, &[
        "deaktiver* _ konto*|profil*|bruker*", "steng* _ konto*|profil*|brukerkonto*", "avslutt* _ konto*|profil*|kundeforhold*",
        "konto* _ deaktiver*|stenges|avsluttes|stengt", "frys* _ konto*",
    ]),
    r(Restriction, "no", 3.0, &["begrensning av _ behandling*", "begrens* _ behandling*", "behandling* _ begrens*"]),
    r(Portability, "no", 3.0, &["dataportabilitet", "maskinlesbar*", "strukturert _ alminnelig anvendt"]),
    r(Portability, "no", 2.0, &[
        "overfor* _ data|dataene|opplysning*|opplysningene _ til", "flytte _ data|dataene|opplysningene _ til",
        "eksport* _ data*|opplysning*",
    ]),
    r(Objection, "no", 3.0, &["protesterer", "protestere", "rett til a protestere", "innsigelse*", "motsetter meg"]),
    r(Objection, "no", 2.0, &["slutt* _ a _ behandle|bruke _ mine|opplysning*|data*|personopplysning*"]),
    r(WithdrawConsent, "no", 3.0, &[
        "trekk* _ samtykke* _ tilbake", "trekk* _ tilbake _ samtykke*", "tilbaketrekking av _ samtykke*",
        "samtykke* _ tilbake", "tilbakekall* _ samtykke*", "samtykke* _ tilbakekall*",
    ]),
    r(AutomatedDecision, "no", 3.0, &[
        "menneskelig inngripen", "menneskelig* _ vurdering|behandling|gjennomgang", "manuell* _ vurdering|behandling|gjennomgang",
        "utelukkende _ automatisert*", "automatisk* _ avslag|avslatt|avvist|avgjorelse*", "avgjorelse* _ automatisk*|automatisert*",
        "et menneske _ se|ser|vurdere|vurderer", "avslag|avslatt|avvist _ automatisk*",
    ]),
    r(AutomatedDecision, "no", 0.75, &["automatisert* _ avgjorelse*|behandling"]),
    r(CommunicationPreferences, "no", 3.0, &[
        "kontaktinnstilling*", "kommunikasjonsinnstilling*", "varslingsinnstilling*", "markedsforingsinnstilling*",
        "kontakt* meg _ kun|bare", "kun|bare _ kontakte meg",
    ]),
    r(Unsubscribe, "no", 3.0, &[
        "meld* meg av", "avmeld*", "avslutt* _ nyhetsbrev*|abonnement*", "ikke _ motta _ flere|mer|nyhetsbrev*|e|eposter|reklame",
        "slutt* _ sende _ meg", "ikke _ ha|fa _ flere|mer _ e|eposter|nyhetsbrev*|reklame|tilbud", "fjern* meg fra _ epostliste*|e|listen|nyhetsbrev*|mailingliste*",
    ]),
    s(Signal::Reminder, "no", 3.0, &["purring", "paminnelse", "ikke hort _ fra dere", "ikke _ fatt _ svar", "ikke mottatt _ svar"]),
    s(Signal::Reminder, "no", 1.0, &["venter fortsatt"]),
    s(Signal::Complaint, "no", 3.0, &["klage* _ datatilsynet", "klage _ tilsynsmyndighet*", "denne klagen"]),
    s(Signal::NotRequest, "no", 2.0, &[
        "faktura*", "ordrenummer", "bestilling*", "pakken", "levering*", "passord*", "betaling*", "kvittering*",
    ]),
    s(Signal::PrivacyContext, "no", 1.0, &["personopplysning*", "personvern*", "opplysningene mine", "dataene mine"]),
    // ---- Icelandic ----
    r(Access, "is", 3.0, &[
        "adgangsrett*", "rettur til adgangs", "rett til adgangs", "afrit* af _ upplysing*|personuupplysing*|gogn*|gognum",
        "adgang* ad _ upplysing*|personuupplysing*|gogn*|gognum",
    ]),
    r(Access, "is", 2.0, &["hvada _ upplysingar|personuupplysingar|gogn|upplysingum|gognum"]),
    r(Rectification, "is", 3.0, &["leidretting*", "leidrett*"]),
    r(Rectification, "is", 2.0, &[
        "rangt|rangar|rangur|vitlaust|vitlaus _ heimilisfang|nafn|upplysing*|skrad|skradar|skradur|stafsett*",
        "er rangt|rangur|rong|vitlaust|vitlaus", "uppfaer* _ heimilisfang*|nafn*|upplysing*|netfang*",
    ]),
    r(Erasure, "is", 3.0, &["eyding*", "rettur til ad gleymast", "ad gleymast"]),
    r(Erasure, "is", 2.0, &["eyda|eydid|eydi|eytt|eydist", "fjarlaeg* _ upplysing*|gogn*|personuupplysing*"]),
    r(DeactivateAccount, "is", 3.0, &[
        "ovirkj* _ adgang*|reikning*|notandareikning*|notandaadgang*", "loka* _ adgang*|reikning*|notandareikning*|notandaadgang*",
        "lokun _ adgang*|reikning*", "frysta _ adgang*|reikning*",
    ]),
    r(Restriction, "is", 3.0, &["takmorkun* _ vinnslu", "takmarka* _ vinnslu*", "vinnsl* _ takmork*|takmarka*"]),
    r(Portability, "is", 3.0, &["flytja eigin gogn", "flytjanleik*", "tolvulesanleg*"]),
    r(Portability, "is", 2.0, &[
        "flytja _ gogn*|upplysing*|gognin _ til", "senda _ gogn*|upplysing*|gognin _ til _ annars|annarrar|nys|nyrrar",
    ]),
    r(Objection, "is", 3.0, &["andmael*"]),
    r(Objection, "is", 2.0, &["haett* _ ad _ nota|vinna _ upplysing*|gogn*|personuupplysing*"]),
    r(WithdrawConsent, "is", 3.0, &[
        "draga _ samthykki* _ til baka", "dreg _ samthykki* _ til baka", "samthykki* _ til baka", "afturkall*|afturkoll* _ samthykk*",
    ]),
    r(AutomatedDecision, "is", 3.0, &[
        "mannleg* ihlutun", "hafnad|synjad _ sjalfvirk*", "sjalfvirk* _ akvord*|akvardan*|hafnad|synjun|synjad", "eingongu _ sjalfvirk*",
        "manneskja|starfsmadur _ fari yfir",
    ]),
    r(AutomatedDecision, "is", 0.75, &["sjalfvirk* vinnsl*"]),
    r(CommunicationPreferences, "is", 3.0, &[
        "samskiptastilling*", "samskiptaleid*", "samband _ vid mig _ adeins|bara|eingongu", "adeins|bara|eingongu _ samband",
    ]),
    r(Unsubscribe, "is", 3.0, &[
        "afskra*", "haett* _ ad _ senda _ mer", "haett* _ ad _ fa _ frettabref*|post*|auglysing*|markadspost*|tolvupost*",
        "ekki _ fa _ fleiri|meira|frettabref*|auglysing*|tolvupost*", "fjarlaeg* _ mig _ af _ postlista*|listanum|frettabref*",
        "segja upp _ frettabref*|askrift*",
    ]),
    s(Signal::Reminder, "is", 3.0, &["aminning*", "itrek*", "ekki _ fengid _ svar", "ekki borist _ svar"]),
    s(Signal::Reminder, "is", 1.0, &["enn ad bida"]),
    s(Signal::Complaint, "is", 3.0, &["kvort* _ personuvernd*", "kvarta _ til _ personuverndar", "thessi kvortun"]),
    s(Signal::NotRequest, "is", 2.0, &[
        "pontun*", "reikningsnumer", "reikningur nr", "greidsl*", "lykilord*", "sendingin|sendinguna|sendingarnumer", "kvittun*",
    ]),
    s(Signal::PrivacyContext, "is", 1.0, &["personuupplysing*", "personuvernd*", "upplysingar um mig", "gogn um mig"]),
    // ---- Finnish ----
    r(Access, "fi", 3.0, &[
        "tarkastusoikeu*", "tarkastuspyyn*", "oikeus _ saada paasy", "paasy _ tietoihin*|henkilotietoihin*", "oikeus tutustua",
    ]),
    r(Access, "fi", 2.0, &[
        "mita _ tietoja|henkilotietoja _ teilla|olette|on|keraatte|kasittelette|sailytatte|minusta",
        "kopio* _ tiedoist*|tietoist*|henkilotiedoist*|tiedot|tietoni|henkilotiedot*",
    ]),
    r(Rectification, "fi", 3.0, &["oikaisu*", "oikaise*", "oikaiskaa"]),
    r(Rectification, "fi", 2.0, &[
        "korja*", "virheelli* _ tieto*|tiedo*|osoite*|nimi*|sukunim*", "on _ vaarin|virheellinen|virheellisesti",
        "kirjoitettu vaarin", "paivit* _ osoite*|nimi*|nimeni|tieto*|sahkoposti*",
    ]),
    r(Erasure, "fi", 3.0, &["poistamis*", "poistamin*", "poisto*", "unohdetuksi"]),
    r(Erasure, "fi", 2.0, &[
        "poist* _ tili*|tieto*|tiedo*|henkilotie*|profiil*|kaikki", "poist* minut _ jarjestelm*|rekister*|asiakasrekister*",
    ]),
    r(DeactivateAccount, "fi", 3.0, &[
        "sulke* _ tili*|kayttajatili*|profiili*", "sulje* _ tili*|kayttajatili*|profiili*", "tili* _ sulke*|sulje*|jaady*",
        "jaady* _ tili*", "deaktivo*",
    ]),
    r(Restriction, "fi", 3.0, &["kasittelyn rajoitta*", "rajoit* _ kasittely*|kayttoa", "kasittely* _ rajoit*"]),
    r(Portability, "fi", 3.0, &["siirrettavyy*", "koneluettava*", "jasennelly* _ yleisesti kaytety*"]),
    r(Portability, "fi", 2.0, &[
        "siirt* _ tieto*|tiedo* _ toiselle|toiseen|uudelle", "tieto*|tiedo* _ siirt* _ toiselle|toiseen|uudelle",
    ]),
    r(Objection, "fi", 3.0, &["vastustamisoikeu*", "vastustan", "vastusta*"]),
    r(Objection, "fi", 2.0, &[
        "lopett* _ tieto*|tiedo*|henkilotie* _ kasittely*|kayttamis*|kaytto*", "kiellan _ kaytta*|kasittel*|suoramarkkinoin*|profiloin*",
    ]),
    r(WithdrawConsent, "fi", 3.0, &[
        "peru|perun|perua|perukaa|peruutan|peruuttaa|peruuttakaa|peruutus|peruttu _ suostumu*",
        "suostumu* _ peru|perun|perua|peruutan|peruuttaa|peruutus|peruttu|vedan|vetaa|takaisin", "ved* _ suostumu*",
    ]),
    r(AutomatedDecision, "fi", 3.0, &[
        "ihmisen osallistumi*", "ihmisen _ arvioi*|tarkasta*|kasittele*|arvioitava*", "ihminen _ tarkastaa|arvioi|kasittelee|kavisi",
        "automaattisesti _ hylat*|hylattiin|hylkasi|tehty*", "hylat*|hylattiin|hylkasi _ automaattisesti", "automatisoi* _ paatos*|paatoks*|yksittaispaato*",
        "pelkastaan automaattiseen",
    ]),
    r(AutomatedDecision, "fi", 0.75, &["automaattinen|automaattisesti|automatisoitu"]),
    r(CommunicationPreferences, "fi", 3.0, &[
        "viestintaasetuks*", "viestintaasetukse*", "markkinointiasetuks*", "yhteydenottoasetuks*", "yhteydenottotap*",
        "yhteystap*", "ota*|otta* _ yhteytta _ vain|ainoastaan",
    ]),
    r(Unsubscribe, "fi", 3.0, &[
        "peru|perun|perua|perukaa|peruutan|peruuttaa|peruuttakaa|peruutus _ uutiskirje*|tilau*|markkinointi*",
        "uutiskirje* _ tilau* _ peru*", "en halua _ saada|vastaanottaa|uutiskirje*|mainos*|markkinointi*",
        "lopett* _ lahettam*|markkinointi*|mainos*|uutiskirje*|viestien",
        "poist* minut _ postituslist*|uutiskirje*|markkinointilist*|listalta|sahkopostilist*",
    ]),
    s(Signal::Reminder, "fi", 3.0, &["muistutus", "muistutan", "en|enka ole _ saanut _ vastaus*", "ei ole _ vastattu"]),
    s(Signal::Reminder, "fi", 1.0, &["odotan edelleen"]),
    s(Signal::Complaint, "fi", 3.0, &["valitu*|kantelu* _ tietosuojavaltuutet*", "tietosuojavaltuutet* _ valitu*|kantelu*"]),
    s(Signal::NotRequest, "fi", 2.0, &[
        "lasku|laskun|laskua|laskussa|laskunne|laskuni|laskunumero", "tilausnumero*", "tilaamani", "tilaukseni", "toimitus*",
        "paketti*|paketin", "salasana*", "erapaiva*",
    ]),
    s(Signal::PrivacyContext, "fi", 1.0, &["henkilotie*", "tietosuoja*", "tietoni", "tietojani"]),
    // ---- Estonian ----
    r(Access, "et", 3.0, &["tutvuda _ andme*|isikuandme*", "andmetega|isikuandmetega tutvumi*", "juurdepaas* _ andme*|isikuandme*", "oigus tutvuda"]),
    r(Access, "et", 2.0, &[
        "milliseid _ andmeid|isikuandmeid", "millised _ andmed|isikuandmed", "koopia* _ andme*|isikuandme*", "mida _ minu kohta",
    ]),
    r(Rectification, "et", 3.0, &["parandamis*", "parandamine"]),
    r(Rectification, "et", 2.0, &[
        "paranda*", "parandus*", "vale|valesti _ aadress*|nimi|nime|andme*|kirjutatud|sunniaeg", "on vale|valesti",
        "ajakohast* _ aadress*|andme*|nime", "uuenda* _ aadress*|andme*|nime",
    ]),
    r(Erasure, "et", 3.0, &["kustutami*", "olla unustatud"]),
    r(Erasure, "et", 2.0, &["kustut*", "eemalda* _ minu _ andmed|isikuandmed|konto"]),
    r(DeactivateAccount, "et", 3.0, &[
        "deaktiveeri*", "sulge* _ konto*|kasutaja*|profiil*", "konto* _ sulge*|sulgemine|peata*|kulmuta*", "peata* _ konto*",
        "kulmuta* _ konto*",
    ]),
    r(Restriction, "et", 3.0, &["tootlemise piirami*", "piira* _ tootlemi*|tootlust|kasutami*", "tootlemi* _ piira*"]),
    r(Portability, "et", 3.0, &["ulekantavus*", "andmete ulekand*", "masinloetava*", "struktureeritud _ uldkasutatava*"]),
    r(Portability, "et", 2.0, &["ule kanda", "kand* _ andmed _ ule", "edasta* _ andme* _ teisele|uuele"]),
    r(Objection, "et", 3.0, &["vastuvai*", "esitan vastuvaite"]),
    r(Objection, "et", 2.0, &["olen vastu", "lopeta* _ andme*|isikuandme* _ tootlemi*|kasutami*"]),
    r(WithdrawConsent, "et", 3.0, &[
        "vot* _ nousolek* _ tagasi", "nousolek* _ tagasi*", "tagasi _ nousolek*", "tuhist* _ nousolek*",
    ]),
    r(AutomatedDecision, "et", 3.0, &[
        "inimsekkumi*", "automatiseeritud _ otsus*", "automaatselt _ tagasi lukatud", "automaatselt _ tehtud|otsus*|otsustatud", "lukati|lukkas automaatselt tagasi", "automaatne otsus",
        "inimene _ vaataks|vaatab|hindaks|uuesti", "ainult automatiseeritud",
    ]),
    r(AutomatedDecision, "et", 0.75, &["automaat*"]),
    r(CommunicationPreferences, "et", 3.0, &[
        "suhtluseelistus*", "kontakteerumiseelistus*", "turunduseelistus*", "teavitusseade*", "uhendust _ ainult",
        "kontakteeru* _ ainult",
    ]),
    r(Unsubscribe, "et", 3.0, &[
        "loobu* _ uudiskir*|turundus*|reklaam*", "uudiskir* _ loobu*", "tuhist* _ uudiskir*",
        "ei soovi _ saada|uudiskir*|reklaam*|kirju", "lopeta* _ saatmi*|uudiskir*|reklaam*|kirjade",
        "eemalda* mind _ postitusloend*|nimekirja*|uudiskir*|listist",
    ]),
    s(Signal::Reminder, "et", 3.0, &["meeldetuletus*", "tuletan meelde", "pole _ vastust _ saanud", "ei ole _ vastust|vastanud"]),
    s(Signal::Reminder, "et", 1.0, &["ootan endiselt|siiani"]),
    s(Signal::Complaint, "et", 3.0, &["kaebus* _ andmekaitse inspektsioon*", "andmekaitse inspektsioon* _ kaebus*"]),
    s(Signal::NotRequest, "et", 2.0, &[
        "arve|arvel|arvele|arvet|arvenumber", "tellimuse number|nr", "tellimusnumber", "minu tellimus*", "tarne*",
        "pakk|paki|pakki", "parool*", "maksetahtaeg",
    ]),
    s(Signal::PrivacyContext, "et", 1.0, &["isikuandme*", "andmekaitse*", "minu andmed", "minu andmeid"]),
    // ---- Latvian ----
    r(Access, "lv", 3.0, &["piekluv*|pieklut _ dati*|datiem|personas", "piekluves tiesib*", "datu piekluv*"]),
    r(Access, "lv", 2.0, &[
        "kadi _ dati|personas", "kadus _ datus|personas", "kopij* _ datu|datiem|personas", "datu kopij*", "ko _ jus _ glabajat|zinat _ par mani",
    ]),
    r(Rectification, "lv", 3.0, &["labosan*", "labot|labojiet|labotu", "labojum*", "izlabo*"]),
    r(Rectification, "lv", 2.0, &[
        "nepareiz* _ adrese*|vard*|uzvard*|dati|datus|dzimsanas", "ir nepareiz*", "uzrakstit*|ierakstit* nepareiz*", "nepareiz* _ uzrakstit*|ierakstit*", "atjaunin* _ adres*|dat*|vard*|uzvard*",
        "mainit _ adres*|uzvard*|vard*",
    ]),
    r(Erasure, "lv", 3.0, &["dzesan*", "aizmirstam*"]),
    r(Erasure, "lv", 2.0, &["dzes*|izdzes*"]),
    r(DeactivateAccount, "lv", 3.0, &[
        "deaktiv* _ kont*|profil*", "slegt*|slegs*|aizver* _ kont*|profil*", "kont* _ slegs*|deaktiv*|bloke*", "iesaldet _ kont*",
    ]),
    r(Restriction, "lv", 3.0, &["ierobezot _ apstrad*", "apstrad* _ ierobezo*", "ierobezojiet _ apstrad*"]),
    r(Portability, "lv", 3.0, &["parnesamib*", "masinlasam*", "strukturet* _ plasi izmantot*"]),
    r(Portability, "lv", 2.0, &["parsutit|parsutiet|parnest|parnesiet _ dat* _ citam|citai|jaunam|jaunai"]),
    r(Objection, "lv", 3.0, &["iebilst*", "iebild*"]),
    r(Objection, "lv", 2.0, &["partrauciet _ izmantot|apstradat _ man*"]),
    r(WithdrawConsent, "lv", 3.0, &["atsauc*|atsauk* _ piekrisan*", "piekrisan* _ atsauc*|atsauk*"]),
    r(AutomatedDecision, "lv", 3.0, &[
        "cilveka iejauksan*", "automatiz* _ lemum*", "automatiski _ noraid*|pienemt*|pienem*", "lemum* _ automatiski|automatiz*",
        "cilveks|darbinieks _ parskat*|izvert*",
    ]),
    r(AutomatedDecision, "lv", 0.75, &["automatiz*|automatiski"]),
    r(CommunicationPreferences, "lv", 3.0, &["sazinas _ iestatijum*|preferenc*|veid*", "sazinieties ar mani _ tikai", "tikai _ sazin*"]),
    r(Unsubscribe, "lv", 3.0, &[
        "atrakst*", "atteik* no _ jaunum*|e|epast*|reklam*|vestul*|mark*|zinu|informativ*", "nevelos _ sanemt",
        "negribu _ sanemt", "nesutiet _ man", "partrauciet _ sutit", "izsledz* mani no _ saraksta|adresatu|jaunumu|e",
    ]),
    s(Signal::Reminder, "lv", 3.0, &["atgadinajum*", "atgadinu", "neesmu sanem* _ atbild*", "nav _ sanem* _ atbild*"]),
    s(Signal::Reminder, "lv", 1.0, &["joprojam gaidu"]),
    s(Signal::Complaint, "lv", 3.0, &["sudzib* _ datu valsts inspekcij*", "datu valsts inspekcij* _ sudzib*"]),
    s(Signal::NotRequest, "lv", 2.0, &["rekin*", "pasutijum*", "piegad*", "parol*", "maksajum*", "sutijum*"]),
    s(Signal::PrivacyContext, "lv", 1.0, &["personas dat*", "datu aizsardz*", "manus datus", "mani dati", "vdar"]),
    // ---- Lithuanian ----
    r(Access, "lt", 3.0, &["susipazinti _ duomen*|asmens", "teise susipazinti", "prieig* _ duomen*"]),
    r(Access, "lt", 2.0, &[
        "kokius _ duomenis|asmens", "kokie _ duomenys|asmens", "duomen* kopij*", "kopij* _ duomen*|asmens", "ka _ apie mane",
    ]),
    r(Rectification, "lt", 3.0, &["istaisy*", "istaisym*", "pataisy*", "patikslin*"]),
    r(Rectification, "lt", 2.0, &[
        "neteising* _ adres*|vard*|pavard*|duomen*|gimimo|parasyt*", "yra neteising*|klaiding*", "klaiding*",
        "atnaujin* _ adres*|duomen*|pavard*|vard*",
    ]),
    r(Erasure, "lt", 3.0, &["istrinim*", "istrynim*", "pamirstam*", "buti pamirst*"]),
    r(Erasure, "lt", 2.0, &["istrin*|istrink*|istryn*", "panaikin* _ paskyr*|duomen*|asmens", "pasalin* _ duomen*|paskyr*"]),
    r(DeactivateAccount, "lt", 3.0, &[
        "deaktyv*", "uzdary* _ paskyr*|profil*", "paskyr* _ uzdary*|uzdarym*|uzblokuo*|sustabdy*", "uzblokuo* _ paskyr*",
        "sustabdy* _ paskyr*",
    ]),
    r(Restriction, "lt", 3.0, &["apriboti _ tvarkym*|tvarkyma", "tvarkymo apribojim*", "apribo* _ tvarky*|naudojim*"]),
    r(Portability, "lt", 3.0, &["perkeliamum*", "kompiuterio skaitom*", "susistemint* _ iprastai naudojam*"]),
    r(Portability, "lt", 2.0, &["perkel* _ duomen* _ kitam|kitai|naujam|naujai", "persiust* _ duomen* _ kitam|kitai|naujam|naujai"]),
    r(Objection, "lt", 3.0, &["nesutink*", "teise nesutikti", "nesutikim*", "priestarauj*"]),
    r(Objection, "lt", 2.0, &["nutrauk* _ tvarky*|naudo*"]),
    r(WithdrawConsent, "lt", 3.0, &["atsauk* _ sutikim*", "sutikim* _ atsauk*|atsaukim*"]),
    r(AutomatedDecision, "lt", 3.0, &[
        "zmogaus isikisim*", "automatizuot* _ sprendim*", "automatiskai _ atmest*|priimt*|atmete", "sprendim* _ automatisk*|automatizuot*",
        "zmogus|darbuotojas _ perziuret*|perziuretu|ivertint*|ivertintu",
    ]),
    r(AutomatedDecision, "lt", 0.75, &["automatisk*|automatizuot*"]),
    r(CommunicationPreferences, "lt", 3.0, &[
        "komunikacijos _ nustatym*|pageidavim*", "bendravimo _ nustatym*|pageidavim*|bud*", "susisiek* _ tik",
    ]),
    r(Unsubscribe, "lt", 3.0, &[
        "atsisaky*|atsisakau _ naujienlaisk*|prenumerat*|reklam*|laisk*|rinkodar*", "naujienlaisk* _ atsisaky*", "nebenoriu _ gauti", "nebesiusk*",
        "nesiusk* _ man", "pasalin* mane _ is _ saraso|adresat*|naujienlaisk*", "atsauk* _ prenumerat*",
    ]),
    s(Signal::Reminder, "lt", 3.0, &["priminim*", "primenu", "negavau _ atsakym*", "nesulaukiau _ atsakym*"]),
    s(Signal::Reminder, "lt", 1.0, &["vis dar _ laukiu"]),
    s(Signal::Complaint, "lt", 3.0, &["skund* _ duomenu apsaugos inspekcij*", "skund* _ vdai"]),
    s(Signal::NotRequest, "lt", 2.0, &["saskait* faktur*", "faktur*", "uzsakym*", "slaptazod*", "pristatym*", "siuntin*", "apmokejim*"]),
    s(Signal::PrivacyContext, "lt", 1.0, &["asmens duomen*", "duomenu apsaug*", "mano duomen*", "bdar"]),
    // ---- Maltese ----
    r(Access, "mt", 3.0, &["dritt ta access", "access ghad|ghall data|informazzjoni", "talba ghal access"]),
    r(Access, "mt", 2.0, &["liema _ data|informazzjoni", "x data|informazzjoni", "kopja _ data|informazzjoni"]),
    r(Rectification, "mt", 3.0, &["rettifika*", "ikkoreg*", "korrezzjoni"]),
    r(Rectification, "mt", 2.0, &["zbaljat*", "miktub|miktuba _ hazin|hazina", "huwa|hija hazin|hazina", "aggorn* _ indirizz*|isem|dettalji|data", "ibdlu _ indirizz*|isem"]),
    r(Erasure, "mt", 3.0, &["thassir", "jintesa", "jintnesa"]),
    r(Erasure, "mt", 2.0, &["hassru|hassar|hassarli|hassruli|thassru|thassar|thassruli|nhassar|jhassar|jithassar|tithassar|jithassru", "nehh* _ data|informazzjoni|kont"]),
    r(DeactivateAccount, "mt", 3.0, &[
        "iddizattiv*|dizattiv*|tiddizattiv*", "aghlqu|taghlqu|naghlaq|gheluq|issospendu|tissospendu _ kont*",
    ]),
    r(Restriction, "mt", 3.0, &["restrizzjoni _ ipprocessar", "tirrestringu|tillimitaw|illimitaw _ ipprocessar|uzu"]),
    r(Restriction, "mt", 2.0, &["restrizzjoni"]),
    r(Portability, "mt", 3.0, &["portabbilta", "jinqara minn magna"]),
    r(Portability, "mt", 2.0, &["ittrasferixxu|tittrasferixxu|ibaghtu|tibaghtu _ data _ lil _ kumpanija|kontrollur|fornitur"]),
    r(Objection, "mt", 3.0, &["oggezzjon*|joggezzjon*|noggezzjon*"]),
    r(Objection, "mt", 2.0, &["tieqfu _ tuzaw|tipprocessaw _ data"]),
    r(WithdrawConsent, "mt", 3.0, &["nirtira|jirtira|irtir*|nirrevoka _ kunsens", "kunsens _ irtirat"]),
    r(AutomatedDecision, "mt", 3.0, &[
        "intervent uman", "decizjoni* _ awtomatizzat*|awtomatik*", "awtomatikament _ rrifjutat*|michud*", "michud*|rrifjutat* awtomatikament",
        "bniedem|persuna _ jezamina|jirrevedi|tezamina|tirrevedi",
    ]),
    r(AutomatedDecision, "mt", 0.75, &["awtomatizzat*"]),
    r(CommunicationPreferences, "mt", 3.0, &["preferenzi _ komunikazzjoni|kuntatt|marketing", "ikkuntattjawni _ biss"]),
    r(Unsubscribe, "mt", 3.0, &[
        "nixtieqx|irridx _ nircievi", "tibaghtulix", "waqqfu _ emails|messaggi|newsletter|riklami|tibaghtu",
        "nehhuni _ lista|newsletter", "nieqaf _ nircievi",
    ]),
    s(Signal::Reminder, "mt", 3.0, &["tfakkir*", "ma rcevejt _ risposta|twegiba"]),
    s(Signal::Reminder, "mt", 1.0, &["ghadni _ nistenna"]),
    s(Signal::Complaint, "mt", 3.0, &["ilment* _ kummissarju", "kummissarju _ ilment*"]),
    s(Signal::NotRequest, "mt", 2.0, &["fattura", "ordni", "kunsinna", "il password", "hlas"]),
    s(Signal::PrivacyContext, "mt", 1.0, &["data personali", "protezzjoni tad data", "data tieghi"]),
    // ---- Irish ----
    r(Access, "ga", 3.0, &["ceart rochtana", "rochtain ar _ shonrai|sonrai|fhaisneis|faisneis", "iarratas ar rochtain"]),
    r(Access, "ga", 2.0, &["coip _ shonrai|sonrai|fhaisneis|faisneis", "cen _ sonrai|fhaisneis|eolas"]),
    r(Rectification, "ga", 3.0, &["ceartuchan*", "cheartuchan*", "ceartaigh|ceartaigi|cheartu|ceartu"]),
    r(Rectification, "ga", 2.0, &["micheart*", "nuashonr* _ seoladh|ainm|sonrai|shonrai"]),
    r(Erasure, "ga", 3.0, &["leirscrios*", "ligean|ligfi i ndearmad", "dearmad a dheanamh", "go ndeanfai dearmad"]),
    r(Erasure, "ga", 2.0, &["scrios*"]),
    r(DeactivateAccount, "ga", 3.0, &[
        "dighniomhacht*", "dun|dunaigi|dunadh _ chuntas|cuntas|gcuntas|phroifil|profil", "cuntas|chuntas _ ar fionrai", "cuntas|chuntas|phroifil a dhunadh",
    ]),
    r(Restriction, "ga", 3.0, &["srian* _ proiseail|phroiseail", "teorann* _ proiseail|phroiseail"]),
    r(Portability, "ga", 3.0, &["iniomparthacht*", "inleite ag meaisin"]),
    r(Portability, "ga", 2.0, &["aistrigh|aistrigi|aistriu _ sonrai|shonrai _ chuig"]),
    r(Objection, "ga", 3.0, &["agoid*"]),
    r(Objection, "ga", 2.0, &["stop|stopaigi|scoir _ proiseail|usaid _ shonrai|sonrai"]),
    r(WithdrawConsent, "ga", 3.0, &["toili* _ siar", "tarraing* _ siar _ toili*|thoili*", "cealaigh _ toili*|thoili*"]),
    r(AutomatedDecision, "ga", 3.0, &[
        "idirghabhail dhaonna", "idirghabhail _ duine", "cinnteoireacht _ uathoibrith*", "cinneadh|cinnti _ uathoibrith*",
        "diultai* _ uathoibr*|huathoibr*", "duine _ athbhreithniu|scrudu",
    ]),
    r(AutomatedDecision, "ga", 0.75, &["uathoibr*|huathoibr*"]),
    r(CommunicationPreferences, "ga", 3.0, &["roghanna _ cumarsaide|teagmhala|margaiochta", "teagmhail _ liom _ ach"]),
    r(Unsubscribe, "ga", 3.0, &[
        "diliostail*", "bain|bainigi me _ liosta*", "na seol _ a thuilleadh", "na seol _ riomhphoist|nuachtlitir*|fograi*",
        "stop* _ ag seoladh", "stop* _ a sheoladh", "ni theastaionn _ uaim _ riomhphoist|nuachtlitir*|fograi*",
    ]),
    s(Signal::Reminder, "ga", 3.0, &["meabhruchan", "nior fhreagair", "nil _ freagra", "nior _ freagra|fhreagra"]),
    s(Signal::Reminder, "ga", 1.0, &["fos ag fanacht"]),
    s(Signal::Complaint, "ga", 3.0, &["gearan* _ coimisiun|gcoimisiun", "an gearan seo"]),
    s(Signal::NotRequest, "ga", 2.0, &["sonrasc*", "ordu|ordaithe|ordaigh", "pasfhocal*", "seachad*", "iocaiocht*", "beartan"]),
    s(Signal::PrivacyContext, "ga", 1.0, &["sonrai pearsanta", "cosaint|chosaint sonrai", "mo shonrai", "rgcs"]),
];

/// Words for "not" in these languages, beyond the shared list. Words that
/// mean something else in another language are left out: Finnish "en" and
/// "et" (French), Icelandic "án" (English "an"), Maltese "ma" (Italian "but"),
/// Irish "ná" and "nach" (Irish "na" = "the", German "nach"), Estonian "mitte"
/// and "pole" (German "Mitte", Polish "pole"). The negative imperatives
/// are in: Finnish "älä", "älkää", Estonian "ärge".
#[rustfmt::skip]
pub(super) const NEGATIONS_NORTH: &[&str] = &[
    "ikke", "ikkje", "aldrig", "aldri", "ingen", "uden", "uten", "ekki", "aldrei", "engin", "enga", "ekkert",
    "ei", "emme", "eivat", "halua", "ilman", "ilma", "nav", "nekad", "nevelos", "negribu", "nera", "niekada",
    "nenoriu", "nenorime", "alkaa", "ala", "arge", "mhux", "mhix", "qatt", "lanqas", "ebda", "nixtieqx", "irridx", "ni", "nil", "nior", "gan",
];

/// The languages of this table: their negations cancel matches only in a
/// text told to be in one of them, or of no language told ("ni" is Irish
/// "not" but Swedish "you", "ei" Finnish "not" but German "egg").
const NORTH: &[&str] = &["da", "no", "is", "fi", "et", "lv", "lt", "mt", "ga"];

pub(super) fn is_negation_north(word: &str, language: Option<&str>) -> bool {
    language.is_none_or(|l| NORTH.contains(&l)) && NEGATIONS_NORTH.contains(&word)
}

/// Words of the shared negation list that mean something else in these
/// languages, and so cancel nothing in a text told to be in one of them:
/// Latvian "no" ("from": "dzēsiet mani no datubāzes"), Irish "nó" ("or")
/// and the "t" of "an t-ainm", Icelandic "sem" ("that", "which"), Danish
/// and Norwegian "sin" ("his", "her").
#[rustfmt::skip]
pub(super) const NOT_NEGATIONS_NORTH: &[(&str, &[&str])] = &[
    ("lv", &["no"]),
    ("ga", &["no", "t"]),
    ("is", &["sem"]),
    ("da", &["sin"]),
    ("no", &["sin"]),
];

/// The organisation speaking, per language: "click", "you can", "if you".
/// Words that a requester writes too ("vores søn", "sonur okkar", "við" as
/// "with") are left out.
#[rustfmt::skip]
pub(super) const NOT_THE_REQUESTER_NORTH: &[(&str, &[&str])] = &[
    ("da", &["vi", "klik", "du kan", "hvis du"]),
    ("no", &["vi", "klikk", "du kan", "hvis du"]),
    ("is", &["smelltu", "thu getur", "ef thu vilt"]),
    ("fi", &["napsauta", "klikkaa", "voit", "jos haluat"]),
    ("et", &["klopsa", "vajuta", "saate", "kui soovite"]),
    ("lv", &["noklikskiniet", "klikskiniet", "jus varat", "ja velaties"]),
    ("lt", &["spustelekite", "paspauskite", "galite", "jei norite"]),
    ("mt", &["ahna", "ikklikkja", "tista", "tistghu", "jekk tixtieq"]),
    ("ga", &["muid", "cliceail", "is feidir leat"]),
];

#[cfg(test)]
mod tests {
    use super::super::{LANGUAGES, classify_request, rules_language};
    use crate::{Relationship, Right};

    /// A parent writing about their child, in each of these languages: the
    /// relationship is suggested with the words that suggested it.
    #[test]
    fn a_parent_writing_about_a_child_is_suggested_as_parent() {
        #[rustfmt::skip]
        let table: &[(&str, &str, &str)] = &[
            ("da", "Jeg vil gerne have indsigt i, hvilke oplysninger I har om min søn.", "min søn"),
            ("da", "Slet venligst alle oplysninger om mit barn.", "mit barn"),
            ("no", "Jeg ber om at alle opplysningene om datteren min slettes.", "datteren min"),
            ("no", "Jeg ber om innsyn i opplysningene om barnet mitt.", "barnet mitt"),
            ("is", "Hvaða upplýsingar hafið þið skráð um son minn?", "son minn"),
            ("is", "Vinsamlegast eyðið öllum upplýsingum um dóttur mína.", "dóttur mína"),
            ("fi", "Pyydän kopion poikani tiedoista.", "poikani"),
            ("fi", "Poistakaa tyttäreni tili ja kaikki hänen tietonsa.", "tyttäreni"),
            ("et", "Palun kustutage minu tütre konto.", "minu tütre"),
            ("et", "Milliseid andmeid te minu poja kohta töötlete?", "minu poja"),
            ("lv", "Kādus datus jūs glabājat par manu meitu?", "manu meitu"),
            ("lv", "Lūdzu, dzēsiet mana dēla kontu.", "mana dēla"),
            ("lt", "Prašau ištrinti mano sūnaus paskyrą.", "mano sūnaus"),
            ("lt", "Kokius duomenis saugote apie mano vaiką?", "mano vaiką"),
            ("mt", "Nixtieq naf liema data għandkom dwar ibni.", "ibni"),
            ("mt", "Jekk jogħġbok ħassru l-kont ta' binti.", "binti"),
            ("ga", "Cén fhaisnéis atá agaibh faoi mo mhac?", "mo mhac"),
            ("ga", "Scriosaigí sonraí m'iníne, le bhur dtoil.", "m'iníne"),
        ];
        for (lang, body, words) in table {
            let c = classify_request("", body, Some(lang));
            assert!(c.is_request, "{lang}: {body}");
            let b = c.on_behalf.unwrap_or_else(|| panic!("{lang}: {body}: no parent found"));
            assert_eq!(b.relationship, Relationship::Parent, "{lang}: {body}");
            assert!(b.phrases.iter().any(|p| p == words), "{lang}: {body}: {:?}", b.phrases);
        }
    }

    /// Everyday wording, without the GDPR's terms, in each language.
    #[test]
    fn everyday_wording_is_understood() {
        use Right::*;
        #[rustfmt::skip]
        let table: &[(&str, &str, Right)] = &[
            ("da", "Jeg vil gerne have en kopi af de data, I har om mig.", Access),
            ("da", "Jeg vil ikke have flere mails fra jer.", Unsubscribe),
            ("no", "Hvilke opplysninger har dere lagret om meg?", Access),
            ("no", "Jeg vil ikke ha flere e-poster fra dere.", Unsubscribe),
            ("is", "Ég vil fá afrit af öllum gögnum sem þið eigið um mig.", Access),
            ("is", "Vinsamlegast eyðið öllum upplýsingum um mig.", Erasure),
            ("fi", "Haluan tietää, mitä tietoja minusta on tallennettu.", Access),
            ("fi", "Poistakaa minut asiakasrekisteristänne.", Erasure),
            ("et", "Soovin teada, milliseid isikuandmeid te minu kohta töötlete.", Access),
            ("et", "Palun kustutage mind oma andmebaasist.", Erasure),
            ("lv", "Vēlos saņemt savu personas datu kopiju.", Access),
            ("lv", "Lūdzu, izdzēsiet visus manus datus.", Erasure),
            ("lt", "Noriu gauti savo asmens duomenų kopiją.", Access),
            ("lt", "Prašau pašalinti mano duomenis iš jūsų sistemos.", Erasure),
            ("mt", "Nixtieq kopja tad-data personali tiegħi.", Access),
            ("mt", "Jekk jogħġbok ħassru d-data tiegħi kollha.", Erasure),
            ("ga", "Ba mhaith liom cóip de mo shonraí pearsanta.", Access),
            ("ga", "Scriosaigí mo shonraí go léir, le bhur dtoil.", Erasure),
        ];
        for (lang, body, right) in table {
            let c = classify_request("", body, Some(lang));
            assert_eq!(c.rights.first().map(|r| r.right), Some(*right), "{lang}: {body}: {:?}", c.rights);
            // With the language unknown every table applies, and the right stays the same.
            let untold = classify_request("", body, None);
            assert_eq!(untold.rights.first().map(|r| r.right), Some(*right), "{lang} untold: {body}");
        }
    }

    /// Latvian "no" is "from" and Icelandic "sem" is "that": in those
    /// languages they are not the shared list's "no" and "sem" ("without").
    #[test]
    fn words_that_negate_elsewhere_do_not_cancel_here() {
        use Right::*;
        #[rustfmt::skip]
        let table: &[(&str, &str, &[Right])] = &[
            ("lv", "Lūdzu, dzēsiet manus datus no savas datubāzes un atrakstiet mani no jaunumiem.", &[Erasure, Unsubscribe]),
            ("is", "Ég krefst þess að öllum gögnum sem þið geymið verði eytt.", &[Erasure]),
        ];
        for (lang, body, rights) in table {
            let c = classify_request("", body, Some(lang));
            let mut got: Vec<Right> = c.rights.iter().map(|r| r.right).collect();
            got.sort_by_key(|r| r.code());
            assert_eq!(got, *rights, "{lang}: {body}");
        }
    }

    /// "Forgotten" is the GDPR's word for erasure only in "the right to be
    /// forgotten": a forgotten password is business mail.
    #[test]
    fn a_forgotten_password_is_not_erasure() {
        #[rustfmt::skip]
        let table: &[(&str, &str)] = &[
            ("et", "Unustatud parool: ma ei saa enam sisse logida."),
            ("lt", "Pamirštas slaptažodis, negaliu prisijungti prie paskyros."),
            ("no", "Glemt passord, jeg kommer ikke inn på kontoen."),
        ];
        for (lang, body) in table {
            let c = classify_request("Hjelp", body, Some(lang));
            assert!(!c.is_request, "{lang}: {body}: {:?}", c.rights);
        }
    }

    /// An organisation's own newsletter footer is not a request to unsubscribe.
    #[test]
    fn the_organisation_speaking_is_not_a_request() {
        #[rustfmt::skip]
        let table: &[(&str, &str)] = &[
            ("da", "Klik her for at afmelde nyhedsbrevet."),
            ("no", "Hvis du ikke vil motta flere e-poster, klikk her."),
            ("fi", "Voit peruuttaa uutiskirjeen tilauksen täältä."),
            ("et", "Kui soovite uudiskirjast loobuda, vajutage siia."),
            ("lt", "Galite atsisakyti naujienlaiškio paspaudę čia."),
            ("lv", "Ja vēlaties atrakstīties no jaunumiem, noklikšķiniet šeit."),
        ];
        for (lang, body) in table {
            let c = classify_request("", body, Some(lang));
            assert!(c.rights.iter().all(|r| r.right != Right::Unsubscribe), "{lang}: {body}: {:?}", c.rights);
        }
    }

    #[test]
    fn norwegian_is_told_as_no_nb_or_nn() {
        for code in ["no", "nb", "nn", "nb-NO"] {
            assert_eq!(rules_language(Some(code)), Some("no"), "{code}");
            let c = classify_request("", "Vennligst slett kontoen min.", Some(code));
            assert_eq!(c.rights.first().map(|r| r.right), Some(Right::Erasure), "{code}");
        }
        assert!(LANGUAGES.contains(&"no"));
    }

    #[test]
    fn a_negation_in_these_languages_cancels_the_match() {
        #[rustfmt::skip]
        let table: &[(&str, &str)] = &[
            ("da", "Jeg ønsker ikke at slette min konto."),
            ("no", "Jeg vil ikke slette kontoen min."),
            ("is", "Vinsamlegast ekki eyða aðganginum."),
            ("fi", "Älkää poistako tietojani."),
            ("et", "Palun ärge kustutage minu kontot."),
            ("lv", "Es nevēlos dzēst savu kontu."),
            ("lt", "Nenoriu ištrinti paskyros."),
            ("mt", "Ma nixtieqx li tħassru l-kont tiegħi."),
            ("ga", "Iarraim oraibh gan mo chuntas a scriosadh."),
        ];
        for (lang, body) in table {
            let c = classify_request("", body, Some(lang));
            assert!(c.rights.iter().all(|r| r.right != Right::Erasure), "{lang}: {body}: {:?}", c.rights);
        }
    }
}
