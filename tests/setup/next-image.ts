// next/image is CommonJS whose component sits on `.default`; Jest's ESM mode hands a default
// import the whole module object, where Next's bundler hands the component (jest.config.mjs maps it here).
import nextImage from 'next/dist/shared/lib/image-external.js'

const imported = nextImage as unknown as { default?: typeof nextImage }
export default imported.default ?? nextImage
