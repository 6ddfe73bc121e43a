import { ROUTE_METHODS } from '../data/route-methods.js';
import { ROUTES } from '../data/routes.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { makeLookup, unknownId } from '../internal/lookup.js';
import type { Method, RouteId, RouteProfile } from './schema.js';

const routes: readonly RouteProfile[] = /* @__PURE__ */ deepFreeze(ROUTES);
const lookup = /* @__PURE__ */ makeLookup(routes, 'route');

/**
 * All route profiles, in a fixed order (IV first, topical last). Deeply frozen.
 *
 * @example
 * ```ts
 * import { listRoutes } from 'ketamine-relief';
 * listRoutes().map((r) => r.id); // ['intravenous', 'intramuscular', …, 'topical']
 * ```
 */
export function listRoutes(): readonly RouteProfile[] {
  return routes;
}

/**
 * The profile of one route. Throws {@link InvalidInputError} for an unknown id.
 *
 * @example
 * ```ts
 * import { getRoute } from 'ketamine-relief';
 * const nasal = getRoute('intranasal');
 * console.log(nasal.snomed.code, nasal.bioavailability);
 * ```
 */
export function getRoute(id: RouteId): RouteProfile {
  return lookup(id);
}

/**
 * Whether ketamine is given by `method` on `route` in the cited literature
 * (for example IV and SC infusions, but no oral infusion).
 *
 * @example
 * ```ts
 * import { routeSupports } from 'ketamine-relief';
 * routeSupports('subcutaneous', 'infusion'); // true
 * routeSupports('oral', 'infusion'); // false
 * ```
 */
export function routeSupports(route: RouteId, method: Method): boolean {
  const methods =
    typeof route === 'string' && Object.hasOwn(ROUTE_METHODS, route)
      ? ROUTE_METHODS[route]
      : undefined;
  if (!methods) {
    throw unknownId('route', route, Object.keys(ROUTE_METHODS));
  }
  return methods.some((m) => m.method === method);
}
