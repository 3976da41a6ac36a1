//! The phrase table for Polish, Czech, Slovak, Slovenian, Croatian,
//! Bulgarian, Romanian, Hungarian and Greek, in the same notation and with
//! the same weights as `patterns` (see its header).
//!
//! The legal terms are those of each language's official translation of the
//! GDPR (Articles 7(3), 12–22 and 77: "prawo do usunięcia danych", "právo na
//! výmaz", "pravica do pozabe", "dreptul la opoziție", "törléshez való jog",
//! "δικαίωμα στη φορητότητα"); the everyday wording is what people write
//! ("usuńcie moje konto", "smažte můj účet", "ștergeți-mi contul"). Slavic
//! cases, Hungarian suffixes and Greek endings are met with `word*` prefixes;
//! where a prefix would also meet an unrelated word ("oprav*" and Czech
//! "opravdu", "kont*" and "kontakt"), the forms are spelled out instead.
//!
//! The words for "without" ("bez", "brez", "fără", "nélkül", "без",
//! "χωρίς") are not negations here: the formal "bez zbędnej zwłoki" (without
//! undue delay) stands right before the verb of the request in these
//! languages, and would cancel it.

use super::patterns::{Rule, Signal, r, s};
use crate::Right::*;

#[rustfmt::skip]
pub(super) const RULES_EAST: &[Rule] = &[
    // ---- Polish ----
    s(Signal::Child, "pl", 3.0, &[
        "moj|mojego|mojemu|moim|nasz|naszego|naszemu|naszym syn|syna|synowi|synem",
        "moje|mojego|mojemu|moim|nasze|naszego|naszemu|naszym dziecko|dziecka|dziecku|dzieckiem",
        "moja|mojej|moje|nasza|naszej|nasze corka|corki|corke|corce|corka",
        "moich|naszych|moje|nasze dzieci|synow|corek",
    ]),
    r(Access, "pl", 3.0, &["prawo|prawa|prawem dostepu", "wniosek|zadanie|zadam o dostep*", "wglad* _ dane|danych"]),
    r(Access, "pl", 2.0, &[
        "dostep* do _ danych|informacji", "kopi* _ danych|informacji", "jakie _ dane|informacje|danych",
        "ktore dane", "czy _ przechowuj*|przetwarza*|posiada* _ moje|dane|jakies",
    ]),
    r(Rectification, "pl", 3.0, &["sprostow*", "sprostuj*"]),
    r(Rectification, "pl", 2.0, &[
        "poprawic|poprawcie|poprawienie|poprawienia|popraw|poprawienia", "korekt* _ danych|adresu|nazwiska|imienia", "prosze o korekte", "z bledem", "literowk*",
        "zaktualizow* _ adres*|dane|danych|nazwisk*", "zaktualizuj*", "bledn*", "niepoprawn*", "nieaktualn*",
    ]),
    r(Erasure, "pl", 3.0, &[
        "usuniecie|usuniecia _ danych|konta|moich|wszystkich|profilu", "prawo do _ usuniecia", "bycia zapomnianym",
    ]),
    r(Erasure, "pl", 2.0, &["usun*", "skasow*", "wykasow*"]),
    r(Restriction, "pl", 3.0, &["ogranicz* _ przetwarzani*"]),
    r(Portability, "pl", 3.0, &["przenoszeni* _ danych", "przeniesieni* _ danych", "przenosnosc*", "odczytu maszynowego"]),
    r(Portability, "pl", 2.0, &[
        "innemu administratorowi", "przeniesc|przeslac|przekazac _ dane _ do|innemu", "eksport* _ danych|dane",
        "pobra* _ dane|danych",
    ]),
    r(Objection, "pl", 3.0, &["sprzeciw*"]),
    r(Objection, "pl", 2.0, &[
        "nie zgadzam sie na _ przetwarzanie|wykorzystywanie|wykorzystanie|profilowanie|uzywanie",
        "zaprzesta* _ przetwarzania|profilowania|wykorzystywania",
    ]),
    r(WithdrawConsent, "pl", 3.0, &[
        "wycof* _ zgod*", "cofam _ zgod*", "cofn* _ zgod*", "odwoluje _ zgod*", "odwolanie _ zgod*",
    ]),
    r(AutomatedDecision, "pl", 3.0, &[
        "interwencj* _ czlowieka|ludzkiej", "udzialu czlowieka", "bez udzialu _ czlowieka|pracownika",
        "rozpatrz* _ przez _ pracownik*|czlowiek*|osob*", "rozpatrz* _ czlowiek|pracownik", "zakwestionow* _ decyzj*",
    ]),
    // The legal term alone is a hint: formal access requests name it (Art. 15(1)(h)).
    r(AutomatedDecision, "pl", 0.75, &["zautomatyzowan* _ decyzj*|podejmowan*"]),
    r(AutomatedDecision, "pl", 2.0, &[
        "automatyczn* _ decyzj*|odrzuc*|odmow*", "odrzucon* automatycznie",
        "przez algorytm", "przez system automatycznie", "podjal* _ algorytm|system|komputer",
    ]),
    r(DeactivateAccount, "pl", 3.0, &[
        "dezaktyw* _ konto|konta|profil|profilu", "zamkn* _ konto|konta|profil|profilu",
        "zamknieci* _ konto|konta|profil|profilu", "zawiesz* _ konto|konta|profil|profilu",
        "zawiesi* _ konto|konta|profil|profilu",
    ]),
    r(CommunicationPreferences, "pl", 3.0, &[
        "preferencj* _ komunikacj*|kontakt*|marketingow*", "ustawieni* _ komunikacj*|powiadomien|kontakt*",
        "zmien* _ preferencj*", "tylko|wylacznie _ mailowo|telefonicznie|listownie|sms*|pocztowo|poczta",
    ]),
    r(Unsubscribe, "pl", 3.0, &[
        "wypis*", "rezygn* _ newsletter*|subskrypcj*|mailing*|powiadomien*|wiadomosci",
        "nie _ chce|chcemy|zycze _ otrzymywac|dostawac", "przestan* _ wysylac|przysylac",
        "nie wysylajcie|przysylajcie", "anulow* _ subskrypcj*", "odsubskryb*",
    ]),
    s(Signal::Reminder, "pl", 3.0, &[
        "przypominam", "ponaglenie", "ponawiam _ wniosek|prosbe|zadanie", "nie otrzymal* _ odpowiedzi",
        "brak odpowiedzi", "bez odpowiedzi",
    ]),
    s(Signal::Complaint, "pl", 3.0, &["skladam|wnosze _ skarge", "niniejsza|niniejsza skarga", "niniejsza skarge"]),
    s(Signal::NotRequest, "pl", 2.0, &[
        "faktur*", "zamowieni*", "przesylk*", "hasl*", "dostawa|dostawy|dostawe", "platnosc*", "paragon*",
        "reklamacj*",
    ]),
    s(Signal::PrivacyContext, "pl", 1.0, &[
        "dane|danych|danymi osobowe|osobowych|osobowymi", "moje dane", "moich danych", "rodo", "uodo", "ochrony danych",
    ]),
    // ---- Czech ----
    s(Signal::Child, "cs", 3.0, &[
        "muj|meho|memu|mem|mym|nas|naseho|nasemu|nasem|nasim syn|syna|synovi|synem",
        "moje|me|mou|moji|nase|nasi dcera|dcery|dceru|dcerou|dceri",
        "moje|meho|memu|mem|mym|nase|naseho|nasemu|nasem|nasim dite|ditete|diteti|ditetem", "mych|nasich|moje|nase deti",
    ]),
    r(Access, "cs", 3.0, &["pravo na pristup", "zadost o pristup", "pristup* k _ osobnim udajum"]),
    r(Access, "cs", 2.0, &[
        "pristup* k _ udajum", "kopi* _ udaju|osobnich", "jake _ udaje|informace", "ktere _ udaje",
        "co o mne _ uchovavate|evidujete|mate|zpracovavate|shromazdujete|vedete",
        "zda|jestli _ zpracovavate|uchovavate _ moje|me|nejake|udaje",
    ]),
    r(Rectification, "cs", 3.0, &["pravo na opravu", "oprava|opravu _ udaj*|adres*|jmen*|prijmeni"]),
    r(Rectification, "cs", 2.0, &[
        "opravte|opravit|opraveni|opravu", "nespravn*", "chybn*", "preklep*", "aktualizovat|aktualizujte|aktualizaci _ adres*|udaj*",
    ]),
    r(Erasure, "cs", 3.0, &["vymaz|vymazu|vymazani", "pravo byt zapomenut", "pravo na vymaz"]),
    r(Erasure, "cs", 2.0, &["vymaz*", "smaz*", "odstran* _ ucet|udaje|data|vse|profil|me"]),
    r(Restriction, "cs", 3.0, &["omez* _ zpracovani"]),
    r(Portability, "cs", 3.0, &["prenositelnost*", "strojove citeln*"]),
    r(Portability, "cs", 2.0, &[
        "jinemu spravci", "predat|predejte|prevest _ udaje|data _ jinemu|k", "export* _ dat|data|udaj*",
        "stahnout _ data|udaje",
    ]),
    r(Objection, "cs", 3.0, &["namitk*", "namitam", "vznest namitku", "nesouhlasim se zpracovanim"]),
    r(Objection, "cs", 2.0, &[
        "nesouhlasim s|se _ pouzivanim|zpracovanim|profilovanim|vyuzivanim", "prestante _ pouzivat|zpracovavat|vyuzivat",
    ]),
    r(WithdrawConsent, "cs", 3.0, &["odvol* _ souhlas*", "beru _ zpet _ souhlas*", "souhlas _ odvolavam"]),
    r(AutomatedDecision, "cs", 3.0, &[
        "lidsk* zasah*", "napadnout|napadam _ rozhodnuti", "prezkoum* _ clovek*|pracovnik*|zamestnan*",
    ]),
    r(AutomatedDecision, "cs", 0.75, &["automatizovan* _ rozhodov*|rozhodnut*"]),
    r(AutomatedDecision, "cs", 2.0, &[
        "automatick* _ zamitnut*|rozhodnut*|zamitl*",
        "zamitnut* _ automaticky", "rozhodl _ algoritmus|pocitac|system",
    ]),
    r(DeactivateAccount, "cs", 3.0, &[
        "deaktiv* _ ucet|uctu|profil", "zrus* _ ucet|uctu", "uzavr* _ ucet|uctu", "pozastav* _ ucet|uctu",
        "zablokujte _ ucet|uctu",
    ]),
    r(CommunicationPreferences, "cs", 3.0, &[
        "preferenc* _ komunikac*|kontakt*", "nastaveni _ komunikac*|kontakt*|oznameni", "zmen* _ preferenc*",
        "pouze|jen|vyhradne _ mailem|emailem|postou|telefonicky|sms|pisemne",
    ]),
    r(Unsubscribe, "cs", 3.0, &[
        "odhlas*", "zrus* _ odber*", "nezasilejte", "neposilejte", "prestante _ posilat|zasilat",
        "nechci _ dostavat|dostat|dostavat|zasilat|newsletter*|reklam*|obchodni",
    ]),
    s(Signal::Reminder, "cs", 3.0, &[
        "upominka", "urgence", "urguji", "nedostal* _ odpoved*", "zadnou odpoved*", "bez odpovedi", "pripominam",
    ]),
    s(Signal::Complaint, "cs", 3.0, &["podavam _ stiznost*", "tato stiznost", "tuto stiznost"]),
    s(Signal::NotRequest, "cs", 2.0, &[
        "faktur*", "objednavk*", "heslo|hesla|heslem", "zasilk*", "doruceni", "platb*", "reklamac*",
    ]),
    s(Signal::PrivacyContext, "cs", 1.0, &[
        "osobni|osobnich|osobnimi udaje|udaju|udaji", "moje udaje", "mych udaju", "ochrany osobnich udaju", "uoou",
    ]),
    // ---- Slovak ----
    s(Signal::Child, "sk", 3.0, &[
        "moj|mojho|mojmu|mojom|mojim|nas|nasho|nasmu|nasom|nasim syn|syna|synovi|synom",
        "moja|mojej|moju|nasa|nasej|nasu dcera|dcery|dceru|dcerou|dcere",
        "moje|mojho|mojmu|mojom|mojim|nase|nasho|nasmu|nasom|nasim dieta|dietata|dietatu|dietatom", "mojich|nasich|moje|nase deti",
    ]),
    r(Access, "sk", 3.0, &["pravo na pristup", "ziadost o pristup", "pristup* k _ osobnym udajom"]),
    r(Access, "sk", 2.0, &[
        "pristup* k _ udajom", "kopi* _ udajov|osobnych", "ake _ udaje|informacie", "ktore _ udaje",
        "co o mne _ uchovavate|evidujete|mate|spracuvate|spracovavate|zhromazdujete|vediete",
        "ci _ spracuvate|spracovavate|uchovavate _ moje|nejake|udaje",
    ]),
    r(Rectification, "sk", 3.0, &["pravo na opravu", "oprava|opravu _ udaj*|adres*|mena|priezvisk*"]),
    r(Rectification, "sk", 2.0, &[
        "opravte|opravit|opravenie|opravu", "nespravn*", "chybn*", "preklep*", "aktualizova*|aktualizujte _ adres*|udaj*",
    ]),
    r(Erasure, "sk", 3.0, &["vymazani*", "pravo na zabudnutie", "pravo na vymazanie"]),
    r(Erasure, "sk", 2.0, &["vymaz*", "zmaz*", "odstran* _ ucet|udaje|data|vsetk*|profil|ma"]),
    r(Restriction, "sk", 3.0, &["obmedz* _ spracuvani*|spracovani*|spracuvat|spracovavat"]),
    r(Portability, "sk", 3.0, &["prenosnost*", "strojovo citateln*"]),
    r(Portability, "sk", 2.0, &[
        "inemu prevadzkovatelovi", "prenies* _ udaje|data", "export* _ dat|data|udaj*", "stiahnut* _ data|udaje",
    ]),
    r(Objection, "sk", 3.0, &["namietk*", "namietam", "pravo namietat", "nesuhlasim so spracuvanim|spracovanim"]),
    r(Objection, "sk", 2.0, &[
        "nesuhlasim s|so _ pouzivanim|spracuvanim|spracovanim|profilovanim|vyuzivanim",
        "prestante _ pouzivat|spracuvat|vyuzivat",
    ]),
    r(WithdrawConsent, "sk", 3.0, &["odvol* _ suhlas*", "beriem _ spat _ suhlas*", "suhlas _ odvolavam"]),
    r(AutomatedDecision, "sk", 3.0, &[
        "ludsk* zasah*", "napadnut*|napadnem _ rozhodnuti*", "preskuma* _ clovek*|clovekom|pracovnik*|zamestnan*",
    ]),
    r(AutomatedDecision, "sk", 0.75, &["automatizovan* _ rozhodovani*|rozhodnut*"]),
    r(AutomatedDecision, "sk", 2.0, &[
        "automatick* _ zamietnut*|rozhodnut*|zamietol",
        "zamietnut* _ automaticky", "rozhodol _ algoritmus|pocitac|system",
    ]),
    r(DeactivateAccount, "sk", 3.0, &[
        "deaktiv* _ ucet|uctu|konto|profil", "zrus* _ ucet|uctu|konto", "uzavr* _ ucet|uctu|konto",
        "pozastav* _ ucet|uctu|konto",
    ]),
    r(CommunicationPreferences, "sk", 3.0, &[
        "preferenci* _ komunikaci*|kontakt*", "nastaveni* _ komunikaci*|kontakt*|oznameni", "zmen* _ preferenci*",
        "len|iba|vyhradne _ mailom|emailom|postou|telefonicky|sms|pisomne",
    ]),
    r(Unsubscribe, "sk", 3.0, &[
        "odhlas*", "zrus* _ odber*", "nezasielajte", "neposielajte", "prestante _ posielat|zasielat",
        "nechcem _ dostavat|dostat|newsletter*|reklam*|obchodne",
    ]),
    s(Signal::Reminder, "sk", 3.0, &[
        "urgencia", "urgujem", "pripominam", "nedostal* _ odpoved*|odpovede", "ziadnu odpoved*", "bez odpovede",
    ]),
    s(Signal::Complaint, "sk", 3.0, &["podavam _ staznost*", "tato staznost", "tuto staznost"]),
    s(Signal::NotRequest, "sk", 2.0, &[
        "faktur*", "objednavk*", "heslo|hesla|heslom", "zasielk*", "dorucen*", "platb*", "reklamaci*",
    ]),
    s(Signal::PrivacyContext, "sk", 1.0, &[
        "osobne|osobnych|osobnymi udaje|udajov|udajmi", "moje udaje", "mojich udajov", "ochrany osobnych udajov", "uoou",
    ]),
    // ---- Slovenian ----
    s(Signal::Child, "sl", 3.0, &[
        "moj|mojega|mojemu|mojem|mojim|nas|nasega|nasemu|nasem|nasim sin|sina|sinu|sinom",
        "moja|moje|mojo|moji|nasa|nase|naso hci|hcer|hcere|hceri|hcerjo",
        "moj|mojega|mojemu|mojem|mojim|nas|nasega|nasemu|nasem|nasim otrok|otroka|otroku|otrokom", "mojih|nasih otrok",
    ]),
    r(Access, "sl", 3.0, &["pravic* _ dostop*|vpogled*", "zahtev* za _ dostop|vpogled", "vpogled* v _ podatk*|osebne"]),
    r(Access, "sl", 2.0, &[
        "dostop* do _ podatk*|osebnih", "kopij* _ podatk*|osebnih", "katere _ podatke|osebne", "kaksne _ podatke",
        "kaj _ o meni _ hranite|vodite|zbirate|obdelujete|imate", "ali _ obdelujete|hranite _ moje|osebne",
    ]),
    r(Rectification, "sl", 3.0, &["popravek", "popravk*"]),
    r(Rectification, "sl", 2.0, &[
        "popravite|popraviti|popravi", "napacn*", "tipkarsk* napak*", "posodob* _ naslov*|podatk*|priimek", "spremenite _ naslov*|priimek",
    ]),
    r(Erasure, "sl", 3.0, &["izbris*", "pravic* do pozabe"]),
    r(Erasure, "sl", 2.0, &["zbris*", "pobris*", "odstran* _ racun|podatk*|profil|vse"]),
    r(Restriction, "sl", 3.0, &["omej* _ obdelav*"]),
    r(Portability, "sl", 3.0, &["prenosljiv*", "strojno berljiv*"]),
    r(Portability, "sl", 2.0, &["drugemu upravljavcu", "prenes* _ podatk*", "izvoz* _ podatk*"]),
    r(Objection, "sl", 3.0, &["ugovor*", "ugovarj*"]),
    r(Objection, "sl", 2.0, &["ne strinjam se z _ uporabo|obdelavo", "prenehajte _ uporabljati|obdelovati"]),
    r(WithdrawConsent, "sl", 3.0, &["preklic* _ privolit*|soglasj*", "umik* _ privolit*|soglasj*", "umikam _ privolit*|soglasj*"]),
    r(AutomatedDecision, "sl", 3.0, &[
        "clovesk* poseg*|posredovan*|presoj*", "izpodbija* _ odlocit*", "preveri* _ clovek|zaposlen*",
    ]),
    r(AutomatedDecision, "sl", 0.75, &["avtomatizira* _ odlocit*|odlocanj*|sprejemanj*"]),
    r(AutomatedDecision, "sl", 2.0, &[
        "avtomatsk* _ zavrn*|odlocit*", "zavrn* _ avtomatsko",
        "odlocil* _ algoritem|racunalnik|sistem",
    ]),
    r(DeactivateAccount, "sl", 3.0, &[
        "deaktiv* _ racun|racuna|profil", "zaprite|zapreti|zaprtje _ racun|racuna|profil",
        "ukinit* _ racun|racuna|profil*", "zamrzn* _ racun|racuna|profil",
    ]),
    r(CommunicationPreferences, "sl", 3.0, &[
        "nastavitv* _ komunikacij*|obvescanj*|obvestil", "preferenc* _ komunikacij*|obvescanj*|stikov",
        "samo|le po _ posti|telefonu|sms*", "samo|le pisno|telefonsko", "spremen* _ nastavitv*|preferenc*",
    ]),
    r(Unsubscribe, "sl", 3.0, &[
        "odjav*", "ne zelim _ prejemati", "ne _ posiljajte", "prenehajte _ posiljati", "preklic* _ narocnin*|novic",
    ]),
    s(Signal::Reminder, "sl", 3.0, &[
        "opomnik", "ponovno _ pozivam|posiljam|prosim", "nisem prejel* _ odgovor*", "brez odgovora",
    ]),
    s(Signal::Complaint, "sl", 3.0, &["vlagam _ pritozb*|prijav*", "ta pritozba", "to pritozbo"]),
    s(Signal::NotRequest, "sl", 2.0, &[
        "racun st", "predracun*", "narocil*", "dostava|dostave|dostavo|dostavi", "posiljk*", "geslo|gesla|geslom", "placil*",
    ]),
    s(Signal::PrivacyContext, "sl", 1.0, &[
        "osebni|osebnih|osebne podatki|podatkov|podatke", "moje podatke", "mojih podatkov", "varstv* _ podatkov",
        "informacijsk* pooblascen*",
    ]),
    // ---- Croatian ----
    s(Signal::Child, "hr", 3.0, &[
        "moj|mog|mojeg|mome|mojem|mojim|nas|naseg|nasem|nasim sin|sina|sinu|sinom",
        "moja|moje|moju|mojoj|nasa|nase|nasu|nasoj kci|kcer|kceri|kcerka|kcerke|kcerku|kcerki",
        "moje|mog|mojeg|mojem|mojim|nase|naseg|nasem|nasim dijete|djeteta|djetetu|djetetom",
        "moje|mojih|mojoj|nase|nasih|moja|nasa djece|djeci|djeca",
    ]),
    r(Access, "hr", 3.0, &["pravo na pristup", "pravo pristupa", "zahtjev za pristup"]),
    r(Access, "hr", 2.0, &[
        "pristup* _ podac*|podatk*", "kopij* _ podat*|podac*", "koje _ podatke", "kakve _ podatke",
        "sto _ o meni _ cuvate|imate|prikupljate|obradujete|pohranjujete|vodite|posjedujete",
        "obradujete|cuvate li _ moje|osobne",
    ]),
    r(Rectification, "hr", 3.0, &["ispravak", "ispravk*", "ispravljanje"]),
    r(Rectification, "hr", 2.0, &[
        "ispravite|ispraviti|ispravi", "netocn*", "pogresn*", "krivo _ napisan*|upisan*",
        "azurir* _ adres*|podat*|podac*|prezime",
    ]),
    r(Erasure, "hr", 3.0, &["brisanj*", "pravo na zaborav"]),
    r(Erasure, "hr", 2.0, &["obris*", "izbris*", "uklon* _ racun|podat*|podac*|profil|sve"]),
    r(Restriction, "hr", 3.0, &["ogranic* _ obrad*"]),
    r(Portability, "hr", 3.0, &["prenosiv*", "strojno citljiv*"]),
    r(Portability, "hr", 2.0, &[
        "drugom voditelju", "prenes* _ podat*|podac*", "izvoz* _ podat*|podac*", "preuzet*|preuzmem _ podat*|podac*",
    ]),
    r(Objection, "hr", 3.0, &["prigovor*", "protivim se _ obradi|koristenju|upotrebi"]),
    r(Objection, "hr", 2.0, &["ne slazem se s _ koristenjem|obradom|upotrebom", "prestanite _ koristiti|obradivati"]),
    r(WithdrawConsent, "hr", 3.0, &[
        "povl* _ privol*|suglasnost*", "povuc* _ privol*|suglasnost*", "opoziv* _ privol*|suglasnost*",
    ]),
    r(AutomatedDecision, "hr", 3.0, &[
        "ljudsk* intervencij*", "ljudsk* _ pregled*|procjen*", "osporav* _ odluk*", "ospori* _ odluk*",
    ]),
    r(AutomatedDecision, "hr", 0.75, &["automatizira* _ odluk*|odlucivanj*|donosenj*"]),
    r(AutomatedDecision, "hr", 2.0, &[
        "automatsk* _ odbij*|odluk*|odbijen*",
        "odbijen* _ automatski", "odlucio _ algoritam|racunalo|sustav",
    ]),
    r(DeactivateAccount, "hr", 3.0, &[
        "deaktiv* _ racun|racuna|profil|profila", "zatvor* _ racun|racuna|profil|profila",
        "zamrzn* _ racun|racuna|profil", "korisnick* racun* _ deaktiv*|zatvor*",
    ]),
    r(CommunicationPreferences, "hr", 3.0, &[
        "postavk* _ komunikacij*|obavijest*|kontakt*", "preferencij* _ komunikacij*|kontakt*",
        "samo|iskljucivo _ mailom|emailom|postom|telefonom|sms*|pismeno", "promijen* _ postavk*|preferencij*",
    ]),
    r(Unsubscribe, "hr", 3.0, &[
        "odjav*", "ne zelim _ primati", "prestanite _ slati", "ne _ saljite", "otkaz* _ pretplat*|newsletter*",
    ]),
    s(Signal::Reminder, "hr", 3.0, &[
        "podsjetnik", "pozurnic*", "podsjecam", "nisam dobi* _ odgovor", "nisam primi* _ odgovor", "bez odgovora",
    ]),
    s(Signal::Complaint, "hr", 3.0, &["podnosim _ prituzb*", "ova prituzba", "ovu prituzbu"]),
    s(Signal::NotRequest, "hr", 2.0, &[
        "racun br", "narudzb*", "lozink*", "dostava|dostave|dostavu|dostavom", "posiljk*", "placanj*", "uplat*",
    ]),
    s(Signal::PrivacyContext, "hr", 1.0, &[
        "osobni|osobnih|osobne podaci|podataka|podatke", "moje podatke", "mojih podataka", "zastit* _ podataka", "azop",
    ]),
    // ---- Bulgarian ----
    s(Signal::Child, "bg", 3.0, &[
        "моя|моят|нашия|нашият син|сина", "сина|синът|дъщеря|дъщерята|детето|децата ми|ни",
        "моята|нашата дъщеря", "моето|нашето дете", "моите|нашите деца",
    ]),
    r(Access, "bg", 3.0, &["право на достъп", "искане за достъп", "правото си на достъп"]),
    r(Access, "bg", 2.0, &[
        "достъп до _ данни*|информация", "копие на _ данни*", "какви _ данни|информация", "кои _ данни",
        "какво _ за мен _ съхранявате|пазите|обработвате|имате|събирате", "дали _ обработвате|съхранявате _ мои|лични",
    ]),
    r(Rectification, "bg", 3.0, &["коригиран*", "коригирайте"]),
    r(Rectification, "bg", 2.0, &["поправ*", "грешн*", "неточн*", "актуализир* _ адрес*|данни*"]),
    r(Erasure, "bg", 3.0, &["изтриван*", "да бъда забравен", "заличаван*"]),
    r(Erasure, "bg", 2.0, &["изтри*", "заличи*|заличете", "премахн* _ профил*|акаунт*|данни*|всичк*"]),
    r(Restriction, "bg", 3.0, &["огранич* _ обработван*"]),
    r(Portability, "bg", 3.0, &["преносимост*", "машинночетим*"]),
    r(Portability, "bg", 2.0, &["друг администратор", "пренес* _ данни*", "експорт* _ данни*", "изтегл* _ данни*"]),
    r(Objection, "bg", 3.0, &["възражени*", "възразявам", "възразя*"]),
    r(Objection, "bg", 2.0, &["не съм съгласн*", "спрете да _ използвате|обработвате"]),
    r(WithdrawConsent, "bg", 3.0, &["оттегл* _ съгласи*", "съгласи* _ оттегл*"]),
    r(AutomatedDecision, "bg", 3.0, &["човешк* _ намес*|преглед*", "оспор* _ решени*"]),
    r(AutomatedDecision, "bg", 0.75, &["автоматизиран* _ решени*|вземане*"]),
    r(AutomatedDecision, "bg", 2.0, &[
        "автоматично _ отхвърл*|решени*", "отхвърл* _ автоматично",
        "решил _ алгоритъм|компютър|система",
    ]),
    r(DeactivateAccount, "bg", 3.0, &[
        "деактивир* _ профил*|акаунт*|регистраци*", "закри* _ профил*|акаунт*|регистраци*",
        "закриван* _ профил*|акаунт*", "замраз* _ профил*|акаунт*", "спрете _ профил*|акаунт*",
    ]),
    r(CommunicationPreferences, "bg", 3.0, &[
        "настройк* _ комуникаци*|известия|контакт*", "предпочитани* _ комуникаци*|контакт*",
        "само _ имейл*|пощата|телефона|sms|писмено|писма", "промен* _ настройк*|предпочитани*",
    ]),
    r(Unsubscribe, "bg", 3.0, &[
        "отпиш*", "отписван*", "да не получавам", "не желая _ получавам", "спрете да _ изпращате",
        "не _ изпращайте",
    ]),
    s(Signal::Reminder, "bg", 3.0, &[
        "напомняне", "напомням", "не съм получил* _ отговор", "не получих _ отговор", "без отговор",
    ]),
    s(Signal::Complaint, "bg", 3.0, &["подавам _ жалба", "настоящата жалба", "тази жалба"]),
    s(Signal::NotRequest, "bg", 2.0, &["фактур*", "поръчк*", "парол*", "доставк*", "плащане*", "пратк*", "куриер*"]),
    s(Signal::PrivacyContext, "bg", 1.0, &["лични|личните _ данни", "моите данни", "защита на _ данни*", "орзд", "кзлд"]),
    // ---- Romanian ----
    s(Signal::Child, "ro", 3.0, &[
        "fiul|fiului|fiica|fiicei|copilul|copilului|copiii|copiilor|baiatul|baiatului|fiicele|fiii meu|mea|mei|mele|nostru|noastre|nostri",
    ]),
    r(Access, "ro", 3.0, &["drept* _ de acces", "cerere de acces"]),
    r(Access, "ro", 2.0, &[
        "acces la _ date*|datel*|informati*", "copie _ date|datel*", "ce _ date|informatii",
        "ce _ despre mine _ detineti|stocati|prelucrati|aveti|pastrati|colectati", "daca _ prelucrati|stocati _ datele|date",
    ]),
    r(Rectification, "ro", 3.0, &["rectific*"]),
    r(Rectification, "ro", 2.0, &[
        "corectati|corectarea|corectez|corectat", "gresit*", "incorect*", "actualiz* _ adres*|date|datel*",
    ]),
    r(Erasure, "ro", 3.0, &["stergere*", "dreptul de a fi uitat"]),
    r(Erasure, "ro", 2.0, &["sterg*", "sters*", "elimin* _ cont|contul|contului|date|datel*|profil*"]),
    r(Restriction, "ro", 3.0, &["restrictiona* _ prelucrar*", "restrictionar*", "limita* _ prelucrar*"]),
    r(Portability, "ro", 3.0, &["portabilitat*", "format _ structurat"]),
    r(Portability, "ro", 2.0, &["alt operator", "transmit* _ datel* _ catre", "export* _ date*", "descarc* _ date*|datel*"]),
    r(Objection, "ro", 3.0, &["opozitie", "ma opun", "obiectez"]),
    r(Objection, "ro", 2.0, &[
        "nu sunt de acord ca|cu _ datele|prelucrarea|folosirea|utilizarea", "incetati|opriti _ folosi*|prelucra*|utiliza*",
    ]),
    r(WithdrawConsent, "ro", 3.0, &[
        "retrag* _ consimtam*|acord*", "revoc* _ consimtam*|acord*",
    ]),
    r(AutomatedDecision, "ro", 3.0, &["interventi* uman*", "contest* _ decizi*", "analiz* _ de catre _ om|persoana|angajat"]),
    r(AutomatedDecision, "ro", 0.75, &["proces* decizional* _ automatiz*"]),
    r(AutomatedDecision, "ro", 2.0, &[
        "decizi* _ automat*", "automat _ respins*", "respins* _ automat",
        "decis _ algoritm|calculator|sistem",
    ]),
    r(DeactivateAccount, "ro", 3.0, &[
        "dezactiv* _ cont|contul|contului|profil*", "inchid* _ cont|contul|contului|profil*",
        "suspend* _ contul|cont|contului|profil*",
    ]),
    r(CommunicationPreferences, "ro", 3.0, &[
        "preferint* _ comunicare|contact|marketing", "setari* _ comunicare|notificari|contact",
        "doar|numai _ email|mail|posta|telefon|sms|scris", "modific* _ preferint*|setari*", "schimb* _ preferint*",
    ]),
    r(Unsubscribe, "ro", 3.0, &[
        "dezabon*", "nu mai _ primesc|primi|trimiteti", "opriti _ trimiter*|trimite*", "incetati _ trimite*",
        "scoate* _ lista|newsletter*", "anul* _ abonament*|abonar*",
    ]),
    s(Signal::Reminder, "ro", 3.0, &["reamintire", "revin cu", "revin asupra", "nu am primit _ raspuns", "fara raspuns"]),
    s(Signal::Complaint, "ro", 3.0, &["depun _ plangere", "prezenta plangere", "aceasta plangere"]),
    s(Signal::NotRequest, "ro", 2.0, &["factur*", "comand*", "comenzii", "parol*", "livrar*", "colet*", "plata|platii"]),
    s(Signal::PrivacyContext, "ro", 1.0, &[
        "date|datele|datelor personale|personal", "datele|datelor mele", "protecti* datelor", "anspdcp",
    ]),
    // ---- Hungarian ----
    s(Signal::Child, "hu", 3.0, &[
        "fiam*", "lanyom*", "gyermekem*", "gyerekem*", "fiunk*", "lanyunk*", "gyermekunk*", "gyerekunk*",
        "gyermekeim*", "gyerekeim*",
    ]),
    r(Access, "hu", 3.0, &["hozzaferes*", "betekint*"]),
    r(Access, "hu", 2.0, &[
        "tajekoztatast kerek", "milyen _ adat*|szemelyes", "masolat* _ adat*|szemelyes", "adataim* _ masolat*",
        "mit _ rolam _ tarol*|kezel*|nyilvantart*|gyujt*", "kezelik e _ adat*|szemelyes",
    ]),
    r(Rectification, "hu", 3.0, &["helyesbit*"]),
    r(Rectification, "hu", 2.0, &[
        "javit* _ cim*|nev*|adat*|szulet*|lakcim*", "elirt*", "eliras*", "hibas* _ cim*|nev*|adat*|szulet*|lakcim*",
        "hibasan", "javitsak|javitsa|javitsatok", "rosszul _ szerepel|irt*|van", "frissit* _ cim*|adat*|lakcim*", "modosit* _ cim*|nev*|lakcim*",
    ]),
    r(Erasure, "hu", 3.0, &["torles*", "elfeledtet*"]),
    r(Erasure, "hu", 2.0, &["torol*", "toroltet*"]),
    r(Restriction, "hu", 3.0, &["korlatoz* _ adatkezel*", "adatkezel* _ korlatoz*"]),
    r(Restriction, "hu", 2.0, &["korlatozas*"]),
    r(Portability, "hu", 3.0, &["adathordozhatosag*", "geppel olvashato"]),
    r(Portability, "hu", 2.0, &[
        "masik adatkezelo*", "tovabbit* _ masik|uj", "export* _ adat*", "adat* _ export*", "letolt* _ adat*",
    ]),
    r(Objection, "hu", 3.0, &["tiltakoz*"]),
    r(Objection, "hu", 2.0, &["hagyj* abba _ adat*|felhasznal*|kezel*", "ne hasznaljak|kezeljek _ adat*"]),
    r(WithdrawConsent, "hu", 3.0, &[
        "visszavon* _ hozzajarulas*|beleegyezes*", "hozzajarulas*|beleegyezes* _ visszavon*",
    ]),
    r(AutomatedDecision, "hu", 3.0, &[
        "emberi beavatkozas*", "emberi _ felulvizsgalat*|ellenorz*", "megtamad* _ dontes*", "vitat* _ dontes*",
    ]),
    r(AutomatedDecision, "hu", 0.75, &["automatizalt _ dontes*|donteshozatal*"]),
    r(AutomatedDecision, "hu", 2.0, &[
        "automatikusan _ elutasit*|dontott", "gep|algoritmus|rendszer _ dontott",
        "ember _ vizsgal*|nezze|dontsen",
    ]),
    r(DeactivateAccount, "hu", 3.0, &[
        "fiok* _ deaktival*|felfuggeszt*|bezar*|lezar*|megszuntet*|inaktival*|letilt*",
        "deaktival* _ fiok*|profil*", "profil* _ deaktival*|felfuggeszt*|bezar*|lezar*",
        "fuggessz* fel _ fiok*|profil*", "zarj* le _ fiok*|profil*",
        "megszuntet*|bezar*|lezar*|felfuggeszt*|deaktival* _ fiok*|profil*",
    ]),
    r(CommunicationPreferences, "hu", 3.0, &[
        "kapcsolattartas* _ beallitas*|mod*|preferenci*", "ertesites* _ beallitas*",
        "kommunikacios _ beallitas*|preferenci*", "csak|kizarolag _ mail*|email*|postan|telefonon|sms*|levelben|postai",
        "modosit* _ beallitas*|preferenci*",
    ]),
    r(Unsubscribe, "hu", 3.0, &[
        "leiratkoz*", "iratkoztass* le", "ne kuldjenek|kuldjon|kuldjetek|kuldjek", "nem kerek _ hirlevel*|reklam*|level*",
        "lemond* _ hirlevel*|feliratkozas*",
    ]),
    // Cancelling an order is "törölni" too.
    s(Signal::NotRequest, "hu", 3.0, &["rendeles* _ torl*|torol*|lemond*", "torol* _ rendeles*|megrendeles*"]),
    s(Signal::Reminder, "hu", 3.0, &["emlekeztet*", "surget*", "nem kaptam _ valasz*", "valasz nelkul"]),
    s(Signal::Complaint, "hu", 3.0, &["panaszt teszek", "panaszt nyujtok be", "jelen panasz*"]),
    s(Signal::NotRequest, "hu", 2.0, &[
        "szamla*", "rendeles*", "megrendeles*", "jelszo*", "szallitas*", "csomag*", "fizetes*", "visszaterit*",
    ]),
    s(Signal::PrivacyContext, "hu", 1.0, &["szemelyes adat*", "adataim*", "adatvedelm*", "infotv", "naih"]),
    // ---- Greek ----
    s(Signal::Child, "el", 3.0, &[
        "γιοσ|γιου|γιο|κορη|κορησ|παιδι|παιδιου|παιδια|παιδιων|αγορι|αγοριου|κοριτσι|κοριτσιου μου|μασ",
    ]),
    r(Access, "el", 3.0, &["δικαιωμα _ προσβασ*", "αιτημα προσβασ*", "αιτηση προσβασ*"]),
    r(Access, "el", 2.0, &[
        "προσβαση _ δεδομεν*|στοιχει*", "αντιγραφ* _ δεδομεν*|στοιχει*", "ποια _ δεδομενα|στοιχεια|προσωπικα",
        "τι _ δεδομενα|στοιχεια", "αν _ επεξεργαζεστε|διατηρειτε _ δεδομεν*|στοιχει*|προσωπικα",
    ]),
    r(Rectification, "el", 3.0, &["διορθωσ*", "διορθωστε"]),
    r(Rectification, "el", 2.0, &[
        "λαθοσ _ διευθυνσ*|ονομα*|επωνυμο|ημερομηνι*|στοιχει*", "ειναι λαθοσ", "λανθασμεν*", "ανακριβ*", "γραμμεν* λαθοσ",
        "ενημερωσ* _ διευθυνσ*", "επικαιροποι* _ διευθυνσ*|στοιχει*",
    ]),
    r(Erasure, "el", 3.0, &[
        "δικαιωμα διαγραφησ", "ληθη", "διαγραφη _ δεδομεν*|στοιχει*|λογαριασμ*|προφιλ",
    ]),
    r(Erasure, "el", 2.0, &["αιτημα|αιτηση _ διαγραφ*", "διαγραψ*", "διαγραφ* _ δεδομεν*|στοιχει*|λογαριασμ*|προφιλ*|πληροφορι*", "σβηστε"]),
    r(Restriction, "el", 3.0, &["περιορισ* _ επεξεργασι*"]),
    r(Portability, "el", 3.0, &["φορητοτητ*", "μηχαναναγνωσιμ*"]),
    r(Portability, "el", 2.0, &["αλλο υπευθυνο", "διαβιβασ* _ δεδομεν*", "εξαγωγ* _ δεδομεν*", "κατεβασ* _ δεδομεν*"]),
    r(Objection, "el", 3.0, &["εναντιων*", "αντιτιθεμαι", "αντιτασσομαι"]),
    r(Objection, "el", 2.0, &["δεν συμφωνω _ χρησιμοποι*|επεξεργασι*", "σταματηστε _ χρησιμοποι*|επεξεργαζ*"]),
    r(WithdrawConsent, "el", 3.0, &["ανακαλ* _ συγκαταθεσ*", "ανακλησ* _ συγκαταθεσ*", "αποσυρ* _ συγκαταθεσ*"]),
    r(AutomatedDecision, "el", 3.0, &[
        "ανθρωπιν* παρεμβασ*", "ανθρωπιν* _ εξετασ*|επανεξετασ*|ελεγχ*", "αμφισβητ* _ αποφασ*",
    ]),
    r(AutomatedDecision, "el", 0.75, &["αυτοματοποιημεν* _ αποφασ*|ληψη*"]),
    r(AutomatedDecision, "el", 2.0, &[
        "αυτοματα _ απορριφθ*|απορριψ*", "απορριφθ* _ αυτοματα",
        "αποφασισε _ αλγοριθμ*|υπολογιστ*|συστημα",
    ]),
    r(DeactivateAccount, "el", 3.0, &[
        "απενεργοποι* _ λογαριασμ*|προφιλ*", "κλεισ* _ λογαριασμ*|προφιλ*", "αναστολ* _ λογαριασμ*",
        "παγωσ* _ λογαριασμ*",
    ]),
    r(CommunicationPreferences, "el", 3.0, &[
        "προτιμησ* _ επικοινωνι*", "ρυθμισ* _ επικοινωνι*|ειδοποιησ*",
        "μονο _ email|ταχυδρομ*|τηλεφων*|sms|επιστολ*|mail", "αλλαξ* _ προτιμησ*|ρυθμισ*",
    ]),
    r(Unsubscribe, "el", 3.0, &[
        "απεγγραφ*", "απεγγραψ*", "δεν _ λαμβανω", "να μη|μην _ λαμβανω", "σταματηστε _ στελνετε|αποστολ*",
        "μη|μην μου στελνετε",
    ]),
    s(Signal::Reminder, "el", 3.0, &["υπενθυμιση", "υπενθυμιζω", "δεν εχω λαβει _ απαντηση", "καμια απαντηση", "χωρισ απαντηση"]),
    s(Signal::Complaint, "el", 3.0, &["υποβαλλω _ καταγγελι*", "παρουσα καταγγελια"]),
    s(Signal::NotRequest, "el", 2.0, &[
        "τιμολογι*", "παραγγελι*", "κωδικ* προσβασησ", "συνθηματικ*", "δεμα|δεματοσ", "πληρωμ*", "αποδειξ*",
    ]),
    s(Signal::PrivacyContext, "el", 1.0, &[
        "προσωπικα|προσωπικων δεδομενα|δεδομενων", "δεδομενα|δεδομενων μου", "γκπδ", "προστασια* _ δεδομενων",
    ]),
];

/// Words that cancel a match standing just after them (see `NEGATIONS`),
/// per language: Romanian "nu" is Dutch and Swedish "now", so these apply
/// only to a text in their language (or in a language not told).
#[rustfmt::skip]
pub(super) const NEGATIONS_EAST: &[(&str, &[&str])] = &[
    ("pl", &["nie", "nigdy", "ani"]),
    ("cs", &["ne", "nikdy", "nikoli", "ani", "nechci", "nechceme"]),
    ("sk", &["nie", "ne", "nikdy", "ani", "nechcem", "nechceme"]),
    ("sl", &["ne", "nikoli", "nikdar", "nocem", "nikar"]),
    ("hr", &["ne", "nikad", "nikada", "niti", "necu", "nemojte"]),
    ("bg", &["не", "никога", "нито", "недейте"]),
    ("ro", &["nu", "niciodata", "nici"]),
    ("hu", &["nem", "ne", "soha", "sem"]),
    ("el", &["δεν", "μην", "μη", "ποτε", "ουτε"]),
];

/// Whether `word` negates what follows it in `language` (any of these
/// languages when it was not told).
pub(super) fn is_negation_east(word: &str, language: Option<&str>) -> bool {
    NEGATIONS_EAST.iter().any(|(lang, words)| language.is_none_or(|l| l == *lang) && words.contains(&word))
}

/// The organisation speaking, or an offer (see `NOT_THE_REQUESTER`).
#[rustfmt::skip]
pub(super) const NOT_THE_REQUESTER_EAST: &[(&str, &[&str])] = &[
    ("pl", &["my", "kliknij", "kliknac", "klikajac", "mozesz", "mozna"]),
    ("cs", &["my", "kliknete", "kliknutim"]),
    ("sk", &["my", "kliknite", "kliknutim"]),
    ("sl", &["kliknite", "kliknete"]),
    ("hr", &["kliknite", "klikom"]),
    ("bg", &["ние", "кликнете", "натиснете", "можете да"]),
    ("ro", &["noi", "faceti clic", "apasati", "va puteti"]),
    ("hu", &["kattintson", "kattints", "barmikor", "amennyiben"]),
    ("el", &["εμεισ", "κλικ", "πατηστε"]),
];
