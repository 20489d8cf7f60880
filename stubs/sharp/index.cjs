// policy-qa's stand-in for sharp, installed through `overrides` in the root package.json.
// @huggingface/transformers imports sharp at load time and needs a default export to exist (it
// throws at import otherwise), but only its image pipelines call it; miniflare imports it lazily
// for the Images binding, which the Worker does not use. We embed text, so any call is a mistake
// and says so instead of pulling in libvips (about 17 MB).
module.exports = function sharp() {
  throw new Error('policy-qa does not install sharp (see stubs/ and "overrides" in package.json): image processing is not available');
};
