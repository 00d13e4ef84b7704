/** The bundled company lexicon (data/companies.json), as typed records. */
import companies from '../../data/companies.json';
import type { CompanyRecord } from './detect';

export const bundledCompanies: readonly CompanyRecord[] = companies as CompanyRecord[];
