// Sizes as a visitor pays for them: brotli at quality 11, what a static host precompresses with. Bytes are
// deterministic, so budgets are checked by tests (npm test) as well as printed by the bench.
import { brotliCompressSync, constants } from 'node:zlib';

export function brotliSize(bytes: Uint8Array | string): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
