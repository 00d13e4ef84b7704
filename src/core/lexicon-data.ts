import companies from '../../data/companies.json';
import type { CompanyRecord } from './company-record';

/** The bundled knowledge base's companies (data/companies.json). Compile once with `compileLexicon`. */
export const bundledCompanies: CompanyRecord[] = companies;
