/** One company record as stored in data/companies.json (see docs/DATA-FORMATS.md). */
export interface CompanyRecord {
  /** Slug of the canonical name, e.g. "jpmorgan-chase". */
  id: string;
  /** Canonical English name. */
  name: string;
  /** social | search | ecommerce | telecom | bank | payments | … (see DATA-FORMATS.md). */
  kind: string;
  /** Id of the parent record, or null. */
  parent: string | null;
  /** Every spelling media use, per language. */
  aliases: { en: string[]; ar: string[] };
  /** Aliases that are also ordinary words or names: they count only with evidence. */
  ambiguousAliases: string[];
  domain: string | null;
  sources: string[];
}
