// Why an identity check is suggested, in the app's language, from the reasons
// the Rust side gives as facts (`IdentitySaid`), not from their English strings
// (`Suggestion.reasons`, the command line's). The data subject's name and a
// national law's citation are passed through as written.
import type { Strings } from '../i18n/en';
import type { ConsentSource, IdentitySaid } from '../ipc';
import { countryName } from './places';

/** The sentence for `said` in `t`'s language; `lang` (ISO 639-1) names a Member State. */
export function describeIdentitySaid(said: IdentitySaid, t: Strings, lang: string): string {
  const s = t.identitySaid;
  const source = (c: ConsentSource) => consentSource(c, t, lang);
  switch (said.kind) {
    case 'acts-for-someone-else':
      return s.actsForSomeoneElse(t.relationship[said.relationship], t.identityMethod[said.method]);
    case 'child-by-age':
      return s.childByAge(said.subject, said.age, said.under, source(said.source));
    case 'not-child-by-age':
      return s.notChildByAge(said.subject, said.age, said.under, source(said.source));
    case 'recorded-child':
      return s.recordedChild(said.subject, said.under, source(said.source));
    case 'no-check-needed':
      return s.noCheckNeeded(t.right[said.right], s.ground[said.ground]);
    case 'discloses-ccpa':
      return s.disclosesCcpa(t.right[said.right], s.by[said.channel]);
    case 'discloses-online':
      return s.disclosesOnline(t.right[said.right], s.by[said.channel]);
    case 'discloses-spoken':
      return s.disclosesSpoken(t.right[said.right], s.by[said.channel]);
    case 'discloses-by-letter':
      return s.disclosesByLetter(t.right[said.right]);
    case 'in-person':
      return s.inPerson(t.right[said.right]);
    case 'changes-online':
      return s.changesOnline(t.right[said.right], s.by[said.channel]);
    case 'changes-spoken':
      return s.changesSpoken(t.right[said.right], s.by[said.channel]);
    case 'erasure-by-letter':
      return s.erasureByLetter(t.right[said.right]);
    case 'changes-by-letter':
      return s.changesByLetter(t.right[said.right]);
  }
}

/** Where a consent age comes from, in `t`'s language. */
function consentSource(c: ConsentSource, t: Strings, lang: string): string {
  const s = t.identitySaid.source;
  switch (c.kind) {
    case 'gdpr-default':
      return s.gdprDefault;
    case 'member-state':
      return s.memberState(countryName(c.country, lang), c.provision);
    case 'uk':
      return s.uk;
    case 'coppa':
      return s.coppa;
    case 'lgpd':
      return s.lgpd;
    case 'pipeda':
      return s.pipeda;
    case 'fadp':
      return s.fadp;
    case 'popia':
      return s.popia;
    case 'au-app':
      return s.auApp;
  }
}
