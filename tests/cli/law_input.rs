//! #17's bad input where a state law did not yet apply on the day of receipt:
//! an appeal or a UK complaint date given with such a request is refused on one
//! line naming the argument, and nothing is written.

use crate::harness::Book;

#[test]
fn a_state_law_not_yet_in_force_refuses_an_appeal_and_a_complaint_date() {
    let book = Book::empty();
    let deadline = |extra: &[&str]| {
        let mut args = vec!["deadline", "--regime", "us-state", "--location", "US-IN", "--received", "2025-12-01"];
        args.extend_from_slice(extra);
        book.run(&args)
    };
    // Indiana's act took effect on 2026-01-01 (Ind. Code §24-15-3-1): no appeal clock for a request before it.
    deadline(&["--appeal-received", "2026-01-05"])
        .fails_with("appeal-received: Indiana Consumer Data Protection Act did not apply to this request (in force from 2026-01-01)");
    // The acknowledgement duty is the UK's (DPA 2018 s.164A): refused, as it is once the state law applies;
    // before, the date was silently dropped.
    deadline(&["--complaint-received", "2026-01-05"])
        .fails_with("complaint-received: a complaint to the controller with a duty to acknowledge it is a UK rule");
    let mut args = vec!["deadline", "--regime", "us-state", "--location", "US-IN", "--received", "2026-01-02"];
    args.extend(["--complaint-received", "2026-01-05"]);
    book.run(&args)
        .fails_with("complaint-received: a complaint to the controller with a duty to acknowledge it is a UK rule");
    assert!(!book.db.exists(), "`deadline` wrote a register");
}

#[test]
fn an_appeal_on_a_case_the_state_law_did_not_yet_govern_writes_nothing() {
    let book = Book::new();
    let r#in = book.new_case("Ada", "ada@example.org", "2025-12-01", &["--regime", "us-state", "--location", "US-IN"]);
    book.json(&["case", "refuse", &r#in, "--reason", "exemption", "--text", "legal privilege", "--date", "2025-12-15"]);
    let before = book.stored();
    book.run(&["case", "appeal", &r#in, "--date", "2026-01-05"])
        .fails_with("Indiana Consumer Data Protection Act did not apply to this request (in force from 2026-01-01)");
    assert!(book.stored() == before, "a refused appeal changed the register");
}
