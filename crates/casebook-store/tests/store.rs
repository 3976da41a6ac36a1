//! The store against real SQLite files in a temporary folder.

use casebook_core::*;
use casebook_store::{CaseSort, ListQuery, OpenMode, Stamp, Store};
use chrono::{NaiveDate, TimeZone, Utc};

fn stamp() -> Stamp<'static> {
    Stamp { at: Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap(), actor: "dpo" }
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn new_case(name: &str, email: &str, received: &str, rights: &[Right]) -> NewCase {
    NewCase {
        kind: casebook_core::CaseKind::Request,
        concerns: None,
        requester: Requester { name: name.into(), emails: vec![email.into()], ..Default::default() },
        data_subject: None,
        subject_category: Some(SubjectCategory::Customer),
        channel: Channel::Email,
        received: date(received),
        received_at: None,
        rights: rights.to_vec(),
        regime: Regime::UkGdpr,
        location: Location::parse("GB-ENG").unwrap(),
        language: Some("en".into()),
        status: Status::Received,
        intake: None,
    }
}

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("sub/casebook.db"), OpenMode::CreateIfMissing).unwrap();
    (dir, store)
}

#[test]
fn references_count_per_year_of_receipt() {
    let (_d, mut s) = open();
    let a = s.insert_case(&new_case("A", "a@x.org", "2025-12-30", &[Right::Access]), None, stamp()).unwrap();
    let b = s.insert_case(&new_case("B", "b@x.org", "2026-01-02", &[Right::Access]), None, stamp()).unwrap();
    let c = s.insert_case(&new_case("C", "c@x.org", "2026-01-03", &[Right::Access]), None, stamp()).unwrap();
    assert_eq!(a.reference.to_string(), "CB-2025-0001");
    assert_eq!(b.reference.to_string(), "CB-2026-0001");
    assert_eq!(c.reference.to_string(), "CB-2026-0002");
    let got = s.case_by_reference(c.reference).unwrap();
    assert_eq!(got.requester.name, "C");
    assert!(s.case_by_reference(Reference::new(2026, 9)).is_err());
}

#[test]
fn a_case_survives_reopening_the_file_with_its_rights_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    let mut s = Store::open(&path, OpenMode::CreateIfMissing).unwrap();
    let rights = [Right::Erasure, Right::WithdrawConsent, Right::Objection];
    let created = s.insert_case(&new_case("Zoë Ødegaard", "zoe@x.org", "2026-03-01", &rights), None, stamp()).unwrap();
    drop(s);
    let s = Store::open(&path, OpenMode::MustExist).unwrap();
    let got = s.case(created.id).unwrap();
    assert_eq!(got.rights, rights);
    assert_eq!(got, created);
}

#[test]
fn lists_filter_search_and_sort() {
    let (_d, mut s) = open();
    let mut a = s
        .insert_case(&new_case("Jürgen Müller", "jm@example.de", "2026-01-10", &[Right::Access]), None, stamp())
        .unwrap();
    s.insert_case(
        &new_case("Ada Lovelace", "ada@example.org", "2026-02-10", &[Right::Erasure, Right::Objection]),
        None,
        stamp(),
    )
    .unwrap();
    s.insert_case(&new_case("Grace Hopper", "grace@example.com", "2026-03-10", &[Right::Portability]), None, stamp())
        .unwrap();
    a.due = Some(date("2026-02-10"));
    a.status = Status::InProgress;
    s.save_case(&a, "case.updated", stamp()).unwrap();

    let names =
        |q: ListQuery| -> Vec<String> { s.list_cases(&q).unwrap().into_iter().map(|r| r.requester_name).collect() };
    assert_eq!(names(ListQuery::default()), ["Grace Hopper", "Ada Lovelace", "Jürgen Müller"]);
    assert_eq!(names(ListQuery { text: Some("muller".into()), ..Default::default() }), ["Jürgen Müller"]);
    assert_eq!(names(ListQuery { text: Some("MÜL".into()), ..Default::default() }), ["Jürgen Müller"]);
    assert_eq!(names(ListQuery { text: Some("ada@example.org".into()), ..Default::default() }), ["Ada Lovelace"]);
    assert_eq!(names(ListQuery { right: Some(Right::Objection), ..Default::default() }), ["Ada Lovelace"]);
    assert_eq!(names(ListQuery { status: Some(Status::InProgress), ..Default::default() }), ["Jürgen Müller"]);
    assert_eq!(
        names(ListQuery {
            received_from: Some(date("2026-02-01")),
            received_to: Some(date("2026-02-28")),
            ..Default::default()
        }),
        ["Ada Lovelace"]
    );
    assert_eq!(names(ListQuery { sort: CaseSort::Due, limit: Some(1), ..Default::default() }), ["Jürgen Müller"]);
    assert_eq!(
        names(ListQuery { sort: CaseSort::Reference, offset: 1, ..Default::default() }),
        ["Ada Lovelace", "Grace Hopper"]
    );
    assert!(names(ListQuery { text: Some("nobody".into()), ..Default::default() }).is_empty());
}

#[test]
fn notes_are_searchable_and_audited() {
    let (_d, mut s) = open();
    let c = s.insert_case(&new_case("A", "a@x.org", "2026-01-10", &[Right::Access]), None, stamp()).unwrap();
    s.add_note(c.id, "Called back about the passport scan", stamp()).unwrap();
    let rows = s.list_cases(&ListQuery { text: Some("passport".into()), ..Default::default() }).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(s.case(c.id).unwrap().notes.len(), 1);
    let actions: Vec<_> = s.audit_of_case(c.id).unwrap().into_iter().map(|e| e.action).collect();
    assert_eq!(actions, ["case.created", "note.added"]);
}

fn tampered(edit: &str) -> casebook_store::AuditReport {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    let mut s = Store::open(&path, OpenMode::CreateIfMissing).unwrap();
    let c = s.insert_case(&new_case("A", "a@x.org", "2026-01-10", &[Right::Access]), None, stamp()).unwrap();
    for i in 0..4 {
        s.add_note(c.id, &format!("note {i}"), stamp()).unwrap();
    }
    assert!(s.verify_audit().unwrap().is_intact());
    drop(s);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(edit).unwrap();
    drop(conn);
    Store::open(&path, OpenMode::MustExist).unwrap().verify_audit().unwrap()
}

#[test]
fn audit_verify_names_the_first_broken_entry() {
    let r = tampered("UPDATE audit_log SET after = replace(after, 'note 1', 'note X') WHERE id = 3");
    assert_eq!((r.first_broken, r.problem.as_deref()), (Some(3), Some("entry 3 was altered")));

    let r = tampered("DELETE FROM audit_log WHERE id = 2");
    assert_eq!((r.first_broken, r.problem.as_deref()), (Some(2), Some("entry 2 is missing")));

    let r = tampered("DELETE FROM audit_log WHERE id = 5");
    assert_eq!(r.first_broken, Some(5));
    assert!(r.problem.unwrap().contains("removed from the end"));

    let r = tampered("UPDATE audit_log SET actor = 'someone else' WHERE id = 1");
    assert_eq!(r.first_broken, Some(1));

    let r = tampered("SELECT 1");
    assert!(r.is_intact());
    assert_eq!(r.entries, 5);
}

#[test]
fn documents_are_stored_once_per_content_and_correspondence_is_searchable() {
    use casebook_store::{Correspondence, NewDocument};
    let (_d, mut s) = open();
    let a = s.insert_case(&new_case("A", "a@x.org", "2026-01-10", &[Right::Access]), None, stamp()).unwrap();
    let b = s.insert_case(&new_case("B", "b@x.org", "2026-01-11", &[Right::Access]), None, stamp()).unwrap();
    let doc = NewDocument {
        bytes: b"%PDF-1.7 scan",
        content_type: Some("application/pdf"),
        role: "scan",
        file_name: Some("../../etc/passwd"),
    };
    let ra = s.attach_document(a.id, &doc, stamp()).unwrap();
    let rb = s.attach_document(b.id, &doc, stamp()).unwrap();
    assert_eq!(ra.sha256, rb.sha256);
    assert_eq!(ra.sha256, casebook_store::sha256_hex(b"%PDF-1.7 scan"));
    assert_eq!(s.documents(a.id).unwrap()[0].file_name.as_deref(), Some("../../etc/passwd"));
    assert_eq!(s.document_bytes(&ra.sha256).unwrap(), b"%PDF-1.7 scan");

    let mail = Correspondence {
        id: 0,
        direction: "in".into(),
        channel: "email".into(),
        at: stamp().at,
        subject: Some("Auskunft nach Art. 15".into()),
        body_text: Some("Bitte senden Sie mir eine Kopie meiner Daten".into()),
        message_id: Some("<abc@example.de>".into()),
        sha256: None,
    };
    let raw = NewDocument {
        bytes: b"From: a@x.org\r\n\r\nbody",
        content_type: Some("message/rfc822"),
        role: "evidence",
        file_name: None,
    };
    s.add_correspondence(a.id, &mail, Some(&raw), stamp()).unwrap();
    let got = &s.correspondence(a.id).unwrap()[0];
    assert_eq!(got.sha256.as_deref(), Some(casebook_store::sha256_hex(raw.bytes).as_str()));
    assert_eq!(s.case_of_message(&["<zzz@x>".into(), "<abc@example.de>".into()]).unwrap(), Some(a.id));
    assert_eq!(s.message_already_filed(None, &casebook_store::sha256_hex(raw.bytes)).unwrap(), Some(a.id));
    let hits = s.list_cases(&ListQuery { text: Some("kopie".into()), ..Default::default() }).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(s.verify_audit().unwrap().is_intact());
}

#[test]
fn a_case_opened_from_a_message_is_indexed_once_with_its_body_notes_and_later_replies() {
    use casebook_store::{Correspondence, IncomingMessage, NewDocument};
    let (_d, mut s) = open();
    fn mail<'a>(subject: &str, body: &str, id: &'a str) -> IncomingMessage<'a> {
        IncomingMessage {
            correspondence: Correspondence {
                id: 0,
                direction: "in".into(),
                channel: "email".into(),
                at: stamp().at,
                subject: Some(subject.into()),
                body_text: Some(body.into()),
                message_id: Some(id.into()),
                sha256: None,
            },
            original: NewDocument {
                bytes: id.as_bytes(),
                content_type: Some("message/rfc822"),
                role: "evidence",
                file_name: None,
            },
            attachments: Vec::new(),
        }
    }
    let new = new_case("Zofia Wiśniewska", "zofia@x.pl", "2026-01-12", &[Right::Erasure]);
    let first = mail("Usunięcie danych", "Proszę o usunięcie moich danych osobowych", "<first@x.pl>");
    let case = s.open_case_from_message(&new, None, &first, &["rozpoznano: usunięcie".into()], stamp()).unwrap();
    let found = |s: &casebook_store::Store, text: &str| {
        s.list_cases(&ListQuery { text: Some(text.into()), ..Default::default() }).unwrap().len()
    };
    for word in ["wisniewska", "osobowych", "rozpoznano", "zofia"] {
        assert_eq!(found(&s, word), 1, "{word}");
    }
    // A reply filed on the case is indexed with what was there before.
    s.file_message(case.id, &mail("Re: Usunięcie", "Załączam kopię dowodu", "<reply@x.pl>"), stamp()).unwrap();
    for word in ["dowodu", "kopie", "osobowych", "rozpoznano"] {
        assert_eq!(found(&s, word), 1, "{word}");
    }
    assert!(s.verify_audit().unwrap().is_intact());
}

#[test]
fn names_with_letters_of_their_own_are_found_as_typed_and_folded() {
    let (_d, mut s) = open();
    let case =
        s.insert_case(&new_case("Łukasz Sørensen", "lukasz@x.dk", "2026-01-12", &[Right::Access]), None, stamp());
    let case = case.unwrap();
    s.add_note(case.id, "Straße und Ærø geprüft", stamp()).unwrap();
    let found = |text: &str| s.list_cases(&ListQuery { text: Some(text.into()), ..Default::default() }).unwrap().len();
    for typed in ["łukasz", "Lukasz", "sørensen", "sorensen", "SOREN", "strasse", "straße", "aero", "ærø"] {
        assert_eq!(found(typed), 1, "{typed}");
    }
    assert_eq!(found("lucas"), 0);
}

#[test]
fn a_draft_sent_or_discarded_by_another_handle_is_refused_naming_who_and_when() {
    let (dir, mut alice) = open();
    let mut bob = Store::open(&dir.path().join("sub/casebook.db"), OpenMode::MustExist).unwrap();
    let id = alice
        .insert_case(&new_case("Ann", "ann@example.com", "2026-11-02", &[Right::Access]), None, stamp())
        .unwrap()
        .id;
    let draft = casebook_store::NewDraft {
        kind: "acknowledgement",
        language: "en",
        title: "Acknowledgement",
        file_name: "ack.pdf",
        details: "{}",
        letter_date: date("2026-11-03"),
        pdf: b"%PDF-1.7 test",
        text: "We received your request.",
        eml: None,
        message_id: None,
    };
    let d = alice.add_draft(id, &draft, stamp()).unwrap();
    let later = Utc.with_ymd_and_hms(2026, 12, 5, 14, 2, 0).unwrap();
    bob.discard_draft(id, d, Stamp { at: later, actor: "bob" }).unwrap();
    let sent = casebook_store::Correspondence {
        id: 0,
        direction: "out".into(),
        channel: "email".into(),
        at: later,
        subject: Some("Acknowledgement".into()),
        body_text: None,
        message_id: None,
        sha256: None,
    };
    for err in [alice.send_draft(id, d, &sent, stamp()).unwrap_err(), alice.discard_draft(id, d, stamp()).unwrap_err()]
    {
        assert_eq!(
            err.to_string(),
            "CB-2026-0001 was changed by bob at 2026-12-05 14:02 UTC since you read it; reload it and try again"
        );
    }
    let missing = alice.discard_draft(id, d + 1, stamp()).unwrap_err();
    assert!(matches!(missing, casebook_store::Error::NotFound { what: "draft", .. }), "{missing}");
}
