// Stands in for next/dist/build/polyfills/polyfill-module when the browserslist needs none of it (lib/build/polyfills.ts).
