// The Node builds compute their start-up state when they are built (wasm/prewarm.cc: the core's
// tables, built by a warm-up check in Binaryen's evaluator, kept as the module's data).
#ifndef BEIAN_CORE_PREWARM_H_
#define BEIAN_CORE_PREWARM_H_

namespace beian {

// True while that warm-up runs (defined in core/scan.cc; false everywhere else). Then nothing
// may call into JavaScript (wasm/libc_mem.cc copies long ranges itself), and what adapts to use
// does not count the warm-up: a word list answers its first questions by byte search and builds
// its RE2 set only when asked more often (core/scan.cc kByteSearchCalls); the warm-up check
// leaves those counts at zero, so that a process's first check is answered as without it.
extern bool g_prewarming;

}  // namespace beian

#endif  // BEIAN_CORE_PREWARM_H_
