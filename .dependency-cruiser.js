// dependency-cruiser 17: the house's import rules, checked by `npm run lint` (npm run lint:deps). docs/ARCHITECTURE.md
// draws the same floors. Rules are by folder (a room), never by file, so a new file in a room follows its room.
//
// Inside src/core imports only point down the floors (type-only imports count too: a type is part of a room's word):
//   0  the vocabulary: text/, sheet/, spec/, i18n/, and every room's messages.ts (its words, joined by i18n)
//   1  read/       Grid -> ProgressReport
//   2  validate/   ProgressReport + spec -> Finding[]
//   3  marks/      Finding[] -> MarkPlan
//   4  merge/      ProgressReport[] -> Summary;  ledger/ beside it (the quarters' figures kept across merges)
//   5  layout/     spec, Summary, ledger -> SheetPlan
//   6  report/     Summary, ledger -> the draft 调度通报 (a document plan; may use layout's words)
// Rooms on one floor may import each other; no module cycle anywhere. core imports no adapter, no Node built-in and
// no npm package but zod.
//
// Outside core: an adapter (excel, wps, xlsx, docx, browser) never imports the pane or the ribbon (the WPS add-in's
// own pages in wps/addin/ are a pane entry and may); the ribbon (commands/) never imports the pane's jobs or pages.
'use strict';

const CORE = '^src/core/';
const WORDS = '^src/core/[^/]+/messages\\.ts$';

/** The floors above the vocabulary, lowest first: each a list of rooms (folders of src/core). */
const FLOORS = [['read'], ['validate'], ['marks'], ['merge', 'ledger'], ['layout'], ['report']];

/** The path pattern of a set of rooms. */
const rooms = (names) => `^src/core/(${names.join('|')})/`;

const upward = FLOORS.slice(0, -1).map((floor, i) => {
  const above = FLOORS.slice(i + 1).flat();
  return {
    name: `core-${floor.join('-')}-imports-upward`,
    severity: 'error',
    comment: `${floor.join('/')} is floor ${i + 1}: it may import only the vocabulary and floors below, not ${above.join(', ')}.`,
    from: { path: rooms(floor), pathNot: WORDS },
    to: { path: rooms(above), pathNot: WORDS },
  };
});

module.exports = {
  forbidden: [
    {
      name: 'core-vocabulary-imports-upward',
      severity: 'error',
      comment: 'text/, sheet/, spec/, i18n/ and the messages.ts tables are the bottom floor: they import only each other.',
      from: { path: [rooms(['text', 'sheet', 'spec', 'i18n']), WORDS] },
      to: { path: CORE, pathNot: [rooms(['text', 'sheet', 'spec', 'i18n']), WORDS] },
    },
    ...upward,
    {
      name: 'core-imports-an-adapter',
      severity: 'error',
      comment: 'src/core is pure: it never imports an adapter (excel, wps, xlsx, docx), the pane, the commands or the CLI.',
      from: { path: CORE },
      to: { path: '^src/', pathNot: CORE },
    },
    {
      name: 'core-imports-a-package',
      severity: 'error',
      comment: 'src/core runs in Excel, a browser and Node: no Node built-in, no npm package but zod.',
      from: { path: CORE },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], pathNot: 'node_modules/zod/' },
    },
    {
      name: 'adapter-imports-the-pane',
      severity: 'error',
      comment: 'An adapter (excel, wps, xlsx, docx, browser) applies plans and reads files; the pane and the ribbon use it, never the other way.',
      from: { path: '^src/(excel|wps|xlsx|docx|browser)/', pathNot: '^src/wps/addin/' },
      to: { path: '^src/(taskpane|commands)/' },
    },
    {
      name: 'commands-import-the-pane',
      severity: 'error',
      comment: "The ribbon's commands run without the pane: they use core and the adapters, not the pane's host objects, pages or components.",
      from: { path: '^src/commands/' },
      to: { path: ['^src/taskpane/(usecases|pages|components)/', '^src/taskpane/App\\.tsx$'] },
    },
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A module cycle (type-only imports aside) makes the floors meaningless and the load order fragile.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
