// policy-qa's stand-in for onnxruntime-web, installed through `overrides` in the root package.json.
// Only the browser build of @huggingface/transformers loads it; the Node build it exports under the
// "node" condition marks it "(ignored)" and runs on onnxruntime-node, and the Worker does not embed
// (it calls an embeddings endpoint). Loading this file therefore means a wrong build was picked.
throw new Error('policy-qa does not install onnxruntime-web (see stubs/ and "overrides" in package.json): use the Node build of @huggingface/transformers');
