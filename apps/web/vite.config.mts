import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue()],
  resolve: {
    // The dashboard uses the domain catalogue from source; it is plain TypeScript.
    alias: { '@dh/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
  },
  // Two entries: the dashboard, and the GraphQL explorer (GraphiQL, React, Monaco), which the dashboard never loads.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
      },
      // React libraries mark modules "use client"; that means nothing in a client-only bundle.
      onwarn(w, warn) {
        if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w);
      },
    },
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:3000', '/api': 'http://localhost:3000' },
    fs: { allow: ['../..'] },
  },
});
