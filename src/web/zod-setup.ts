import { z } from 'zod';

/**
 * Zod compiles fast parsers with `new Function` unless told not to, and first probes whether
 * it may. The server's CSP forbids eval ('unsafe-eval' is not allowed), and the browser
 * reports even a caught probe as a CSP violation. So: no JIT in the browser. This module is
 * imported first by main.tsx, before any contract schema is built.
 */
z.config({ jitless: true });
