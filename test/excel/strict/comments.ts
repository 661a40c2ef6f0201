/** The strict host's comments (ExcelApi 1.10). Notes (1.18) are absent from the library the add-in serves, so no request can name them. */
import {
  area,
  parseAddress,
  type Rect,
  type Sheet,
} from './model';
import { type Env, HostError, HostObject, gate, throwNotFound } from './objects';
import { RangeObject } from './ranges';
import { guard } from './sheets';


export class CommentCollection extends HostObject {
  readonly type = 'CommentCollection';
  constructor(
    env: Env,
    readonly sheet: Sheet | undefined,
  ) {
    super(env);
  }
  private list() {
    const sheets = this.env.book.sheets;
    return this.env.book.annotations
      .filter((a) => a.kind === 'comment' && (!this.sheet || a.sheetId === this.sheet.id))
      .sort((a, b) => sheets.findIndex((s) => s.id === a.sheetId) - sheets.findIndex((s) => s.id === b.sheetId) || a.row - b.row || a.col - b.col);
  }
  override items(): HostObject[] {
    return this.list().map((a) => new CommentObject(this.env, a.id));
  }
  override index(key: unknown): HostObject {
    return this.call('GetItem', [key]) as HostObject;
  }
  override call(name: string, args: unknown[]): unknown {
    gate(this.env, this.type, name);
    switch (name) {
      case 'GetItem': {
        const a = this.list().find((x) => x.id === String(args[0]));
        return a ? new CommentObject(this.env, a.id) : throwNotFound(`comment ${String(args[0])}`);
      }
      case 'GetItemAt': {
        const a = this.list()[Number(args[0])];
        return a ? new CommentObject(this.env, a.id) : throwNotFound(`comment at ${String(args[0])}`);
      }
      case 'GetCount':
        return this.list().length;
      case 'Add': {
        const where = args[0];
        let sheet: Sheet | undefined;
        let rect: Rect | undefined;
        if (where instanceof RangeObject) {
          sheet = where.sheet;
          rect = where.rect;
        } else if (typeof where === 'string') {
          const bang = where.lastIndexOf('!');
          const name = bang < 0 ? this.sheet?.name : where.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
          sheet = this.env.book.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase());
          rect = parseAddress(bang < 0 ? where : where.slice(bang + 1));
        }
        if (!sheet || !rect) throw new HostError('InvalidArgument', `comment location ${JSON.stringify(where)}`);
        // Documented: a comment is added to one cell.
        if (area(rect) !== 1) throw new HostError('InvalidArgument', 'a comment goes on a single cell');
        guard(sheet, 'objects');
        if (this.env.book.annotations.some((a) => a.sheetId === sheet!.id && a.row === rect!.r0 && a.col === rect!.c0 && a.kind === 'comment')) {
          // Assumed: a second comment on the same cell is refused (Excel's UI offers a reply instead).
          throw new HostError('InvalidArgument', 'the cell already has a comment');
        }
        const a = { id: `{comment-${this.env.book.nextId++}}`, kind: 'comment' as const, sheetId: sheet.id, row: rect.r0, col: rect.c0, content: String(args[1] ?? '') };
        this.env.book.annotations.push(a);
        return new CommentObject(this.env, a.id);
      }
      default:
        return super.call(name, args);
    }
  }
}

export class CommentObject extends HostObject {
  readonly type = 'Comment';
  constructor(
    env: Env,
    readonly id: string,
  ) {
    super(env);
  }
  private record() {
    return this.env.book.annotations.find((a) => a.id === this.id) ?? throwNotFound(`comment ${this.id}`);
  }
  override scalars() {
    return ['Id', 'Content', 'AuthorName', 'Resolved'];
  }
  override get(name: string): unknown {
    const a = this.record();
    if (name === 'Id') return a.id;
    if (name === 'Content') return a.content;
    if (name === 'AuthorName') return 'strict host';
    if (name === 'Resolved') return false;
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name !== 'Content') return super.set(name, value);
    const a = this.record();
    guard(this.env.book.sheets.find((s) => s.id === a.sheetId)!, 'objects');
    a.content = String(value);
  }
  override call(name: string, args: unknown[]): unknown {
    const a = this.record();
    const sheet = this.env.book.sheets.find((s) => s.id === a.sheetId)!;
    if (name === 'GetLocation') return new RangeObject(this.env, sheet, { r0: a.row, c0: a.col, r1: a.row, c1: a.col });
    if (name === 'Delete') {
      guard(sheet, 'objects');
      this.env.book.annotations = this.env.book.annotations.filter((x) => x.id !== a.id);
      return undefined;
    }
    return super.call(name, args);
  }
}

