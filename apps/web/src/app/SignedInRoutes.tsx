import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPanel } from '../components/ErrorPanels.tsx';
import { routeCatalogue } from './route-catalogue.ts';

const pages = routeCatalogue.map((r) => ({ route: r, Page: lazy(r.page) }));

/** The catalogue's pages, each loaded on first visit; unknown paths show "page not found". */
export function SignedInRoutes() {
  return (
    <Routes>
      {pages.map(({ route, Page }) => (
        <Route key={route.id} path={route.path} element={<Page />} />
      ))}
      <Route path="*" element={<NotFoundPanel />} />
    </Routes>
  );
}
