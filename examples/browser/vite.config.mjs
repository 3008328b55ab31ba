import { defineConfig } from 'vite';

// Relative asset paths, so the built page works from any folder or server path.
export default defineConfig({ base: './', build: { outDir: 'dist', emptyOutDir: true } });
