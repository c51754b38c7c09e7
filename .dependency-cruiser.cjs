/**
 * The layer order of src/: each folder may import only the folders listed for it (and itself). It is checked with
 * dependency-cruiser rather than ESLint's no-restricted-imports because that rule does not see dynamic import(),
 * and the CLI loads most of its code lazily. A new folder must be given its place here before it can be imported
 * from or import anything (the `unplaced-folder` rule).
 *
 * Lowest first:
 *   common, docs                       leaves every layer may use (calendar, number wording, generated docs)
 *   usage, github                      records and prices; the GitHub API — no domain code in either
 *   analysis                           the numbers (pure)
 *   report, settings, collect          markup (pure); inputs parsed once; runs and artifacts fetched
 *   series                             the report issues: list, decode, publish, close
 *   engine                             sources of runs → summaries → analysis → report data
 *   pull-request, organisation, orchestrator   the action's modes
 *   cli                                the command line (through the engine: not collect, usage, analysis)
 * Files directly under src/ (entry points) may import anything.
 */
const layers = {
  common: [],
  docs: [],
  usage: ['common'],
  github: ['common'],
  analysis: ['usage', 'common'],
  report: ['analysis', 'usage', 'common'],
  settings: ['analysis', 'usage', 'github', 'common'],
  collect: ['github', 'usage', 'analysis', 'settings', 'common'],
  series: ['github', 'report', 'analysis', 'usage', 'collect', 'settings', 'common'],
  engine: ['collect', 'series', 'github', 'report', 'analysis', 'usage', 'settings', 'common'],
  'pull-request': ['engine', 'series', 'collect', 'github', 'report', 'analysis', 'usage', 'settings', 'common'],
  organisation: ['engine', 'series', 'collect', 'github', 'report', 'analysis', 'usage', 'settings', 'common'],
  orchestrator: [
    'pull-request',
    'organisation',
    'engine',
    'series',
    'collect',
    'github',
    'report',
    'analysis',
    'usage',
    'settings',
    'common',
    'docs',
  ],
  // The CLI reads runs, prices and analyses through the engine only; it builds its GitHub client itself.
  cli: ['engine', 'github', 'report', 'settings', 'common'],
}

const names = Object.keys(layers)
const anyOf = (list) => `(${list.map((n) => n.replace(/[-]/g, '\\-')).join('|')})`

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...names.map((name) => {
      const above = names.filter((other) => other !== name && !layers[name].includes(other))
      return {
        name: `layer-${name}`,
        comment: `src/${name}/ may import only ${layers[name].length > 0 ? layers[name].join(', ') : 'itself'} (see the layer order at the top of .dependency-cruiser.cjs).`,
        severity: 'error',
        from: { path: `^src/${name}/` },
        to: { path: `^src/${anyOf(above)}/` },
      }
    }),
    {
      name: 'layer-core-runtime',
      comment:
        'The pure core (usage, analysis, report, common) does not talk to GitHub or the Actions runtime: take data or an interface as a parameter.',
      severity: 'error',
      from: { path: '^src/(usage|analysis|report|common)/' },
      to: { path: '(^|/)node_modules/@(actions|octokit)/' },
    },
    {
      name: 'unplaced-folder',
      comment: 'Every folder of src/ has a place in the layer order: add it to .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: `^src/(?!${anyOf(names)}/)[^/]+/` },
      to: {},
    },
    {
      name: 'no-circular',
      comment:
        'No import cycles: a cycle makes the load order (and the lazily loaded chunks) depend on who asks first.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    moduleSystems: ['es6', 'cjs'],
  },
}
