// The list's state lives in the URL (Back works, and a filtered view can be bookmarked). `view`
// and `page` are the page's own; the rest is the GET /api/contacts query.
import { stages, type Stage } from '../../../contracts/pipeline.ts';
import { professions, type Profession } from '../../../contracts/taxonomy.ts';

export type ContactsView = 'list' | 'board';
export type FollowUpFilter = 'due' | 'upcoming';
export type ContactFilters = {
  q: string;
  profession: Profession | null;
  stage: Stage | null;
  tag: string;
  followUp: FollowUpFilter | null;
};

export const noFilters: ContactFilters = { q: '', profession: null, stage: null, tag: '', followUp: null };
export const listPageSize = 50;
/** The board shows everyone at once, up to the API's largest page. */
export const boardPageSize = 500;

const oneOf = <Key extends string>(table: Record<Key, string>, value: string | null): Key | null =>
  value && value in table ? (value as Key) : null;

export function filtersFrom(search: URLSearchParams): ContactFilters {
  const followUp = search.get('followUp');
  return {
    q: search.get('q') ?? '',
    profession: oneOf(professions, search.get('profession')),
    stage: oneOf(stages, search.get('stage')),
    tag: search.get('tag') ?? '',
    followUp: followUp === 'due' || followUp === 'upcoming' ? followUp : null,
  };
}

export const viewFrom = (search: URLSearchParams): ContactsView => (search.get('view') === 'board' ? 'board' : 'list');
export const pageFrom = (search: URLSearchParams) => Math.max(1, Math.trunc(Number(search.get('page'))) || 1);
export const isFiltered = (filters: ContactFilters) =>
  Object.values(filters).some((value) => value !== null && value !== '');

export function searchFor(filters: ContactFilters, view: ContactsView, page = 1) {
  const search = new URLSearchParams();
  // Kept as typed (the API trims), so a pause after a space does not eat the space.
  if (filters.q.trim()) search.set('q', filters.q);
  if (filters.profession) search.set('profession', filters.profession);
  if (filters.stage) search.set('stage', filters.stage);
  if (filters.tag.trim()) search.set('tag', filters.tag);
  if (filters.followUp) search.set('followUp', filters.followUp);
  if (view === 'board') search.set('view', 'board');
  if (page > 1) search.set('page', String(page));
  return search;
}

/** The API query for the page's URL. The board's columns are the stages, so it ignores that filter. */
export function apiQueryFor(search: URLSearchParams) {
  const view = viewFrom(search);
  const filters = filtersFrom(search);
  const query = searchFor(
    view === 'board' ? { ...filters, stage: null } : filters,
    'list',
    view === 'board' ? 1 : pageFrom(search),
  );
  if (filters.tag.trim()) query.set('tag', filters.tag.trim());
  query.set('pageSize', String(view === 'board' ? boardPageSize : listPageSize));
  return query;
}
