import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [vue()],
  define: {
    // Compile-time flags so the bundler drops the parts of Vue and vue-i18n the app never uses.
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Lists each chunk's imports; the bundle test reads it to measure what a route loads.
    manifest: true,
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': api,
      '/readyz': api,
    },
  },
});
