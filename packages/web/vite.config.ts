import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipAsync } from '@gfx/zopfli';
import vue from '@vitejs/plugin-vue';
import { print, stripIgnoredCharacters, type DocumentNode } from 'graphql';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { isVotePath } from './src/surfaces/vote/votePaths.ts';

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
function graphqlDocuments({ votePageQuery = false } = {}): Plugin {
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
      if (!votePageQuery) return;
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
 * Puts the vote pages' stylesheet into vote.html: the page the server draws (voteServerRender.ts)
 * shows with its looks at once, instead of after another round trip on a phone's slow network.
 */
function inlineStyles(): Plugin {
  return {
    name: 'wenzheng:inline-styles',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_link, file: string) => {
          const sheet = bundle[file];
          if (sheet?.type !== 'asset') throw new Error(`${file} is missing from the build`);
          return `<style>${String(sheet.source).replaceAll('</style', '<\\/style')}</style>`;
        });
      },
    },
  };
}

/**
 * Compresses the built scripts and styles once, at build time, for the server to send as they are
 * (the server's http/web.ts): brotli for browsers that take it, else gzip. Phones on mobile data
 * download less, and the server no longer compresses the same scripts for every phone that opens
 * the QR link. The vote pages' gzip is made by zopfli, a few percent smaller than zlib's best and
 * far slower: worth it only for the phones' few scripts.
 */
function precompressed({ zopfli = false } = {}): Plugin {
  const gzip = zopfli
    ? defineAlgorithm(async (input) => Buffer.from(await gzipAsync(input as Buffer, { numiterations: 15 })))
    : defineAlgorithm('gzip', { level: 9 });
  return compression({
    include: /\.(js|css|svg|json)$/,
    exclude: /^\.vite\//,
    algorithms: [gzip, defineAlgorithm('brotliCompress')],
    filename: (file, { algorithm }) => `${file}.${algorithm === 'brotliCompress' ? 'br' : 'gz'}`,
    logLevel: 'silent',
  });
}

/** Where the vote pages' build puts the server's module that draws the live page (the server's http/vote-page.ts). */
const VOTE_RENDER_DIR = '.vite/vote-render';

// Compile-time flags so the bundler drops the parts of Vue and vue-i18n the app never uses.
const define = {
  __VUE_PROD_DEVTOOLS__: false,
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  __VUE_OPTIONS_API__: false,
  __VUE_I18N_FULL_INSTALL__: false,
  __VUE_I18N_LEGACY_API__: false,
  __INTLIFY_PROD_DEVTOOLS__: false,
};
const outDir = fileURLToPath(new URL('./dist', import.meta.url));

/**
 * What the vote pages need at once in one chunk, `vote-pages`, beside the entry and the vote pages'
 * own module (a phone on a slow network then makes a few requests, within the browser's six
 * connections to a host, not a dozen one after another). The entry's own modules stay in the entry,
 * which must not wait for this chunk (it starts joining the session at once); what the vote pages
 * load on demand stays apart.
 */
function votePagesChunk(): Rolldown.CodeSplittingGroup {
  const [entry, votePages] = ['./src/vote.ts', './src/surfaces/vote/voteMain.ts'].map((file) =>
    fileURLToPath(new URL(file, import.meta.url)),
  );
  let members: Set<string> | undefined;
  return {
    name: (id, context) => {
      if (!members) {
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
        members = new Set([...staticClosure(votePages!)].filter((module) => module !== votePages && !inEntry.has(module)));
      }
      return members.has(id) ? 'vote-pages' : null;
    },
    debugName: 'vote-pages',
    includeDependenciesRecursively: false,
  };
}

/**
 * The vote pages (the audience's phones) are an app of their own, `vote.html`, built apart from the
 * main app after it, into the same folder. Built apart, they carry only the parts of Vue they use:
 * in one build, Vue's code is shared by every page, and with it what the staff pages use (their
 * transitions, teleports, form bindings). The server answers every vote page address with
 * `vote.html`; so does the development server here.
 */
function votePages(): Plugin {
  const page = fileURLToPath(new URL('./vote.html', import.meta.url));
  const votePageRender = fileURLToPath(new URL('./src/surfaces/vote/voteServerRender.ts', import.meta.url));
  return {
    name: 'wenzheng:vote-pages',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url && isVotePath(new URL(req.url, 'http://localhost').pathname)) req.url = '/vote.html';
        next();
      });
    },
    async closeBundle(error) {
      if (error || this.environment.config.command !== 'build') return;
      await build({
        configFile: false,
        logLevel: this.environment.config.logLevel,
        plugins: [vue(), graphqlDocuments({ votePageQuery: true }), preloadVotePages(), inlineStyles(), precompressed({ zopfli: true })],
        define,
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          manifest: '.vite/vote-manifest.json',
          // One stylesheet for all the vote pages, in the page itself (inlineStyles).
          cssCodeSplit: false,
          rolldownOptions: { input: page, output: { codeSplitting: { groups: [votePagesChunk()] } } },
        },
      });
      // The live page again, for the server to draw it into the page (voteServerRender.ts), with Vue in it.
      await build({
        configFile: false,
        logLevel: this.environment.config.logLevel,
        plugins: [vue(), graphqlDocuments()],
        define,
        publicDir: false,
        ssr: { noExternal: true },
        build: {
          outDir: path.join(outDir, VOTE_RENDER_DIR),
          emptyOutDir: true,
          ssr: votePageRender,
          minify: true,
          // ES modules by their names, wherever the build is deployed (with or without this package.json).
          rolldownOptions: { output: { entryFileNames: '[name].mjs', chunkFileNames: 'assets/[name]-[hash].mjs' } },
        },
      });
    },
  };
}
export default defineConfig({
  plugins: [vue(), graphqlDocuments(), votePages(), precompressed()],
  define,
  build: {
    outDir,
    emptyOutDir: true,
    // Lists each chunk's imports; the bundle test reads it to measure what a route loads.
    manifest: true,
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
