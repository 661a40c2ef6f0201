/* eslint-disable @typescript-eslint/no-explicit-any -- the request JSON is read field by field. */
import { CommentObject } from './comments';
import { HostError, HostObject, type Env } from './objects';
import { WorkbookObject, WorksheetObject } from './sheets';

/**
 * The server side of the strict host: executes one request of the Office.js client (the JSON the client posts to
 * `ProcessQuery`: `Actions` in order and the `ObjectPaths` they use) against the in-memory workbook and answers as
 * Excel does — `{Results: [{ActionId, Value}]}`, or, when an action fails, the results so far and `Error` with the
 * code; the actions before the failure stay applied, the rest never run (documented: "Excel JavaScript API error
 * handling": a failed sync does not roll back what ran before the error).
 *
 * Protocol, as the client library builds it (read from excel-win32-16.01.debug.js): object path types 1 global
 * (the workbook), 3 method, 4 property, 5 indexer, 6 reference id (unused: the host hands out no references), 7 null;
 * action types 1 instantiate, 2 query, 3 method, 4 set property, 5 trace. Query `Select` paths are camelCase and
 * relative to each item for collections; answers use the types' PascalCase names, items under `_Items`.
 */

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

/** A request body as the client sends it. */
export interface RequestBody {
  Actions?: ActionInfo[];
  ObjectPaths?: Record<string, ObjectPathInfo>;
}

/** What one request did: its actions by type, for tests that look inside a round trip. */
export interface ExecutedRequest {
  actions: { type: string; target: string; name: string }[];
  error?: { code: string; message: string };
}

const ACTION = { 1: 'instantiate', 2: 'query', 3: 'method', 4: 'set', 5: 'trace' } as Record<number, string>;

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Execute one request; returns the response body and what ran. Never throws for a request the client built. */
export function execute(env: Env, body: RequestBody): { response: any; executed: ExecutedRequest } {
  const paths = body.ObjectPaths ?? {};
  const resolved = new Map<number, HostObject>();
  const results: { ActionId: number; Value: unknown }[] = [];
  const executed: ExecutedRequest = { actions: [] };

  const args = (info: ActionInfo['ArgumentInfo']): unknown[] => {
    const list = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    refs.forEach((ref, i) => {
      if (typeof ref === 'number' && ref !== 0) list[i] = resolve(ref);
    });
    return list;
  };

  const resolve = (id: number): HostObject => {
    const known = resolved.get(id);
    if (known) return known;
    const p = paths[String(id)];
    if (!p) throw new HostError('InvalidArgument', `strict host: object path ${id} missing from the request`);
    let obj: HostObject;
    switch (p.ObjectPathType) {
      case 1:
        obj = new WorkbookObject(env);
        break;
      case 3: {
        const parent = resolve(p.ParentObjectPathId!);
        const value = parent.call(p.Name, args(p.ArgumentInfo));
        if (!(value instanceof HostObject)) throw new HostError('InvalidArgument', `strict host: ${parent.type}.${p.Name} gives no object`);
        obj = value;
        break;
      }
      case 4:
        obj = resolve(p.ParentObjectPathId!).nav(p.Name);
        break;
      case 5:
        obj = resolve(p.ParentObjectPathId!).index((p.ArgumentInfo?.Arguments ?? [])[0]);
        break;
      case 7:
        throw new HostError('InvalidArgument', 'strict host: a null object path was sent');
      default:
        throw new HostError('GeneralException', `strict host: object path type ${p.ObjectPathType} is not implemented`);
    }
    resolved.set(id, obj);
    return obj;
  };

  try {
    for (const action of body.Actions ?? []) {
      const type = ACTION[action.ActionType] ?? `type ${action.ActionType}`;
      if (type === 'trace') continue;
      const target = resolve(action.ObjectPathId);
      executed.actions.push({ type, target: target.type, name: action.Name });
      switch (action.ActionType) {
        case 1:
          results.push({ ActionId: action.Id, Value: target.isNull ? null : idOf(target) });
          break;
        case 2:
          results.push({ ActionId: action.Id, Value: query(target, action.QueryInfo) });
          break;
        case 3: {
          // Excel.run tracks the objects a batch uses across syncs with _KeepReference (the client's own call).
          // Assumed: Excel answers it with nothing; the host hands out no reference ids, so paths stay as sent.
          if (action.Name === '_KeepReference') {
            results.push({ ActionId: action.Id, Value: null });
            break;
          }
          const value = target.call(action.Name, args(action.ArgumentInfo));
          results.push({ ActionId: action.Id, Value: value instanceof HostObject ? idOf(value) : value ?? null });
          break;
        }
        case 4:
          target.set(action.Name, (action.ArgumentInfo?.Arguments ?? [])[0]);
          break;
        default:
          throw new HostError('GeneralException', `strict host: action type ${action.ActionType} is not implemented`);
      }
    }
  } catch (e) {
    const error = e instanceof HostError ? e : new HostError('GeneralException', `strict host crashed: ${(e as Error).stack ?? String(e)}`);
    executed.error = { code: error.code, message: error.message };
    return { response: { Results: results, Error: { Code: error.code, Message: error.message, HttpStatusCode: 400 } }, executed };
  }
  return { response: { Results: results }, executed };
}

/**
 * The id part of an object's answer: worksheets and comments carry their `Id` (assumed: Excel sends the id of an
 * object that has one; the client then addresses it by id in later requests, as after `worksheets.add`). Microsoft
 * does not promise it: a host made with `ids: false` sends none, and the client falls back to index paths and to
 * proxies that stop working after their request.
 */
function idOf(obj: HostObject): Record<string, unknown> {
  if (!obj.env.ids) return {};
  if (obj instanceof WorksheetObject) return { Id: obj.sheet.id };
  if (obj instanceof CommentObject) return { Id: obj.id };
  return {};
}

/** Answer a query: the selected properties (all scalars when none), nested for navigation paths; items for collections. */
function query(target: HostObject, info: ActionInfo['QueryInfo']): unknown {
  if (target.isNull) return null;
  const select = info?.Select ?? [];
  const expand = info?.Expand ?? [];
  const items = target.items();
  if (items) return { _Items: items.map((item) => shape(item, select, expand)) };
  return shape(target, select, expand);
}

function shape(obj: HostObject, select: readonly string[], expand: readonly string[]): Record<string, unknown> | null {
  if (obj.isNull) return null;
  const out: Record<string, unknown> = { ...idOf(obj) };
  const children = new Map<string, { select: string[]; expand: string[] }>();
  const child = (name: string) => {
    let c = children.get(name);
    if (!c) children.set(name, (c = { select: [], expand: [] }));
    return c;
  };
  if (select.length === 0) for (const name of obj.scalars()) out[name] = obj.get(name);
  for (const path of select) {
    const [head, ...rest] = path.split('/');
    const name = pascal(head);
    if (rest.length) child(name).select.push(rest.join('/'));
    else if (obj.navs().includes(name)) child(name);
    else out[name] = obj.get(name);
  }
  for (const path of expand) {
    const [head, ...rest] = path.split('/');
    const c = child(pascal(head));
    if (rest.length) c.expand.push(rest.join('/'));
  }
  for (const [name, c] of children) {
    const nav = obj.nav(name);
    const items = nav.items();
    out[name] = items ? { _Items: items.map((i) => shape(i, c.select, c.expand)) } : shape(nav, c.select, c.expand);
  }
  return out;
}
