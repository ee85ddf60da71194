// The directory's state lives in the URL (shareable, and Back works). `view` is the page's own;
// everything else is the GET /api/directory query, which refuses unknown keys.
export type DirectoryView = 'list' | 'map';

export type Filters = {
  q: string;
  profession: string | null;
  specialty: string | null;
  modality: string | null;
  acceptingReferrals: boolean;
  near: string;
  radius: string;
  unit: 'mi' | 'km';
  sort: string | null;
};

export const radiusChoices = ['5', '10', '25', '50', '100', '250'];
export const listPageSize = 20;
export const mapPageSize = 100;

export function filtersFrom(search: URLSearchParams): Filters {
  return {
    q: search.get('q') ?? '',
    profession: search.get('profession'),
    specialty: search.get('specialty'),
    modality: search.get('modality'),
    acceptingReferrals: search.get('acceptingReferrals') === 'true',
    near: search.get('near') ?? '',
    radius: search.get('radius') ?? '25',
    unit: search.get('unit') === 'km' ? 'km' : 'mi',
    sort: search.get('sort'),
  };
}

export const viewFrom = (search: URLSearchParams): DirectoryView => (search.get('view') === 'map' ? 'map' : 'list');
export const pageFrom = (search: URLSearchParams) => Math.max(1, Math.trunc(Number(search.get('page'))) || 1);

/** The page's URL for these filters (page 1 unless given). */
export function searchFor(filters: Filters, view: DirectoryView, page = 1) {
  const search = new URLSearchParams();
  const near = filters.near.trim();
  if (filters.q.trim()) search.set('q', filters.q.trim());
  if (filters.profession) search.set('profession', filters.profession);
  if (filters.specialty) search.set('specialty', filters.specialty);
  if (filters.modality) search.set('modality', filters.modality);
  if (filters.acceptingReferrals) search.set('acceptingReferrals', 'true');
  if (near) {
    search.set('near', near);
    search.set('radius', filters.radius);
    search.set('unit', filters.unit);
  }
  if (filters.sort && (filters.sort !== 'distance' || near)) search.set('sort', filters.sort);
  if (view === 'map') search.set('view', 'map');
  if (page > 1) search.set('page', String(page));
  return search;
}

/** The API query for the page's URL: the list pages through results, the map shows up to 100 at once. */
export function apiQueryFor(search: URLSearchParams) {
  const view = viewFrom(search);
  const query = searchFor(filtersFrom(search), 'list', view === 'map' ? 1 : pageFrom(search));
  query.set('pageSize', String(view === 'map' ? mapPageSize : listPageSize));
  return query;
}
