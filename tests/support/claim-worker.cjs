// Worker threads do not inherit vitest's TypeScript loader: register tsx, then run the real worker.
require('tsx/cjs/api').register();
require('./claim-worker.ts');
