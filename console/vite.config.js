import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The built files land in the jar's static/ folder, which Spring Boot serves at "/".
const outDir = fileURLToPath(new URL('./target/classes/static', import.meta.url));

export default defineConfig({
  root: 'src/main/web',
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 400 },
  server: {
    // `npm run dev` against a hub on localhost:8080.
    proxy: { '/api': 'http://localhost:8080' },
  },
});
