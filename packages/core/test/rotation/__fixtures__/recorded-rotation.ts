/**
 * A real, publicly recorded sequence of rotating presidencies, used as a test
 * fixture for the presidency-rotation engine.
 *
 * Conventions shared by every fixture in this folder:
 *
 * - `members[].memberships` lists only the memberships that matter inside the
 *   recorded window. A membership that began before the window and has no
 *   recorded start inside it is given `from` = the window's first day (for
 *   example the five permanent members of the Security Council). Elected
 *   terms that are known in full (two-year Security Council terms) are given
 *   in full, even where they begin before or end after the window.
 * - `terms[].start` is the first day of the month (monthly terms), the first
 *   of January / July (half-yearly terms) or the first of January (annual
 *   terms), unless a cited source shows the holder took office on another
 *   day; such cases are explained in the term's `note`. Hand-over ceremonies
 *   held a few days *before* a semester begins (common in MERCOSUR and SICA)
 *   do not move `start`; they are mentioned in the note.
 * - `departure` is set only where the holder differs from the member the
 *   plain rule (the body's order, skipping non-members and suspended members)
 *   would give after the previous holder, with two refinements:
 *   - after a `swap`, the members not involved keep their own slots, so the
 *     plain rule resumes from the slot schedule as if the swap had not
 *     happened (ASEAN 2012, 2015 and 2017 are regular turns, not departures);
 *   - a `joint` departure keeps in `holder` the member whose turn it was (the
 *     interface needs one id); the office was in fact exercised jointly
 *     (MERCOSUR 2016-H2).
 * - `uncertain: true` marks a term where some recorded detail (the holder,
 *   the start day, or the stated reason for a departure) could not be
 *   confirmed from a cited source; the note says which part.
 */
export interface RecordedRotation {
  /** The body whose presidency rotates, e.g. 'United Nations Security Council'. */
  body: string;
  /** The rotating office, e.g. 'President of the Security Council'. */
  office: string;
  /** The rotation rule in the body's own words, quoted from a source. */
  rule: string;
  termLength: 'month' | 'half-year' | 'year';
  order:
    | {
        kind: 'alphabetical';
        locale: 'en' | 'es' | 'pt';
        by: string /* which name is sorted, e.g. 'English short name' */;
      }
    | { kind: 'fixed'; members: string[] /* ids in the body's fixed order */ };
  members: Array<{
    /** ISO 3166-1 alpha-2 code. */
    id: string;
    /** The name that the order sorts by, exactly as the body writes it. */
    name: string;
    /** Only within the recorded window; YYYY-MM-DD, inclusive; open if `to` is absent. */
    memberships: Array<{ from: string; to?: string }>;
    suspensions?: Array<{ from: string; to?: string; note: string }>;
  }>;
  terms: Array<{
    /** '2023-01' (month), '2023-H1' / '2023-H2' (half-year), '2023' (year). */
    label: string;
    /** Member id. */
    holder: string;
    /** YYYY-MM-DD the term began. */
    start: string;
    /** Where the holder is NOT who the plain rule would give, and why. */
    departure?: {
      kind: 'election' | 'swap' | 'forfeit' | 'declined' | 'joint' | 'other';
      reason: string;
      /** The member whose turn (slot) the term was; the rotation goes on after it. */
      inPlaceOf?: string;
      /** For a joint presidency, the members who exercised it with `holder`. */
      jointWith?: string[];
    };
    note?: string;
    /** Some detail of this term is not confirmed by a cited source; the note says which. */
    uncertain?: boolean;
  }>;
  sources: Array<{ title: string; url?: string; note?: string }>;
}
