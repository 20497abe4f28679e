import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { print, stripIgnoredCharacters, type DocumentNode } from 'graphql';
import { defineConfig, type Plugin, type Rolldown } from 'vite';

const api = 'http://127.0.0.1:4000';
const generatedDocuments = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));

/**
 * Replaces each `graphql(`…`)` call with the document codegen generated for it, inlined, with its
 * printed text in `loc` (as graphql-js's parser leaves it). `graphql()` looks documents up in a map
 * of every operation of the app, which would put every surface's queries into each page that asks
 * for one, and the light surfaces send the text over graphql-ws without carrying a printer. The
 * document is the same one the map would return, so behaviour is unchanged. A call whose document
 * cannot be matched is left alone.
 *
 * The light surfaces (the vote pages, the broadcast screen, their shared live operations in src/live) send
 * documents only as text over fetch or graphql-ws and never through urql: their documents carry
 * the text alone, which keeps the phones' first download small.
 */
function graphqlDocuments(): Plugin {
  const textOnly = ['src/surfaces/vote/', 'src/surfaces/screen/', 'src/live/'].map((dir) =>
    fileURLToPath(new URL(`./${dir}`, import.meta.url)),
  );
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const definition = /^\s*(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
  let documents = new Map<string, { full: string; text: string; body: string }>();
  const load = () => {
    documents = new Map();
    for (const [, name, literal] of readFileSync(generatedDocuments, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as /gm)) {
      const ast = JSON.parse(literal!) as DocumentNode;
      const body = print(ast);
      const loc = { start: 0, end: body.length, source: { body, name: 'GraphQL request', locationOffset: { line: 1, column: 1 } } };
      // The light surfaces send the text with its ignored characters (indentation, line breaks) left out.
      const light = { kind: 'Document', definitions: [], loc: { source: { body: stripIgnoredCharacters(body) } } };
      documents.set(name!, { full: JSON.stringify({ ...ast, loc }), text: JSON.stringify(light), body: light.loc.source.body });
    }
  };
  return {
    name: 'wenzheng:graphql-documents',
    buildStart: load,
    // The server answers the vote page's first query with the page itself (the server's http/vote-page.ts).
    generateBundle() {
      const query = documents.get('VoteLiveStateDocument');
      if (!query) return this.error('VoteLiveState is missing from the generated documents');
      this.emitFile({ type: 'asset', fileName: '.vite/vote-page-query.graphql', source: query.body });
    },
    handleHotUpdate({ file }) {
      if (file === generatedDocuments) load();
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.(ts|vue)$/.test(file) || file.startsWith(path.dirname(generatedDocuments)) || !code.includes('graphql(')) return null;
      const light = textOnly.some((prefix) => file.startsWith(prefix));
      let changed = false;
      const replaced = code.replace(call, (whole, source: string) => {
        const match = definition.exec(source.replace(/#[^\n]*/g, ''));
        if (!match) return whole;
        const [, kind, name] = match as unknown as [string, string, string];
        const pascal = name.charAt(0).toUpperCase() + name.slice(1);
        const document = documents.get(kind === 'fragment' ? `${pascal}FragmentDoc` : `${pascal}Document`);
        if (!document) return whole;
        changed = true;
        return `(${light ? document.text : document.full})`;
      });
      return changed ? { code: replaced, map: null } : null;
    },
  };
}

/**
 * Lets the browser fetch the vote pages' scripts while the entry script is still downloading:
 * phones open the QR link on slow mobile networks, and a chain of downloads, one after the
 * other, would cost them a round trip each. The scripts are only fetched, not run, elsewhere.
 */
function preloadVotePages(): Plugin {
  const entry = 'src/surfaces/vote/voteMain.ts';
  return {
    name: 'wenzheng:preload-vote-pages',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(entry));
        if (!start) throw new Error(`${entry} is missing from the build`);
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (file: string) => {
          const chunk = chunks.find((c) => c.fileName === file);
          if (!chunk || files.has(file) || chunk.isEntry) return;
          files.add(file);
          chunk.viteMetadata?.importedCss.forEach((sheet) => css.add(sheet));
          chunk.imports.forEach(visit);
        };
        visit(start.fileName);
        return [
          ...[...files].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
          ...[...css].map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/**
 * The vote pages' first load in two chunks besides the entry: the modules they share with other
 * pages (Vue, the live transport, the shared labels) in `vote-shared`, and those only the vote pages
 * use in `vote-pages`. A phone on a slow network then fetches a few scripts, not a dozen small
 * ones, each a round trip once the browser's six connections are busy. The entry's own modules
 * stay in the entry, which must not wait for these chunks (it starts joining the session at once):
 * the groups do not take a module's dependencies along. What the vote pages load on demand, and
 * other pages' modules, are not touched.
 */
function voteChunks(): Rolldown.CodeSplittingGroup[] {
  const [entry, votePages] = ['./src/main.ts', './src/surfaces/vote/voteMain.ts'].map((file) =>
    fileURLToPath(new URL(file, import.meta.url)),
  );
  let shared: Map<string, string> | undefined;
  const chunkOf: Rolldown.CodeSplittingNameFunction = (id, context) => {
    if (!shared) {
      const staticClosure = (start: string) => {
        const closure = new Set<string>();
        const visit = (module: string) => {
          if (closure.has(module)) return;
          closure.add(module);
          context.getModuleInfo(module)?.importedIds.forEach(visit);
        };
        visit(start);
        return closure;
      };
      const inEntry = staticClosure(entry!);
      const ofVotePages = staticClosure(votePages!);
      // Everything the other pages can load, statically or on demand, without going through the vote pages.
      const elsewhere = new Set<string>();
      const visitElsewhere = (module: string) => {
        if (elsewhere.has(module) || module === votePages) return;
        elsewhere.add(module);
        const info = context.getModuleInfo(module);
        [...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? [])].forEach(visitElsewhere);
      };
      visitElsewhere(entry!);
      // The entry's own modules stay in the entry (the groups do not take their dependencies along).
      shared = new Map();
      for (const module of ofVotePages) {
        if (inEntry.has(module) || module === votePages) continue;
        shared.set(module, elsewhere.has(module) ? 'vote-shared' : 'vote-pages');
      }
    }
    return shared.get(id) ?? null;
  };
  // The shared chunk first: a vote-only module's dependencies that other pages use stay in it.
  return [
    {
      name: (id, context) => (chunkOf(id, context) === 'vote-shared' ? 'vote-shared' : null),
      priority: 2,
      includeDependenciesRecursively: false,
    },
    {
      name: (id, context) => (chunkOf(id, context) === 'vote-pages' ? 'vote-pages' : null),
      priority: 1,
      includeDependenciesRecursively: false,
    },
  ];
}

export default defineConfig({
  plugins: [vue(), graphqlDocuments(), preloadVotePages()],
  define: {
    // Compile-time flags so the bundler drops the parts of Vue and vue-i18n the app never uses.
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
    __VUE_OPTIONS_API__: false,
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Lists each chunk's imports; the bundle test reads it to measure what a route loads.
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: voteChunks() } } },
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': api,
      '/readyz': api,
      '/uploads': api,
      '/exports': api,
    },
  },
});
