// Native builds with GCC's standard library (libstdc++): std::string's member functions are
// compiled into the core's own objects, where the optimiser can inline them, instead of called
// in libstdc++.so through the PLT. libstdc++ declares them extern templates (instantiated once in
// the library) unless _GLIBCXX_EXTERN_TEMPLATE is -1, the value that lifts that for basic_string
// alone (every other extern template of the library stays); <bits/c++config.h> defines the macro
// without a guard, so it is redefined here, after that header and before any other. The core's
// precompiled header includes this file first (CMakeLists.txt). The bench's batch: -2.5 %
// instructions; typical check unchanged (docs/performance.md, eighteenth session). The
// WebAssembly builds do the same for libc++ with -D_LIBCPP_DISABLE_EXTERN_TEMPLATE.
#ifndef BEIAN_CORE_LIBSTDCXX_STRINGS_H_
#define BEIAN_CORE_LIBSTDCXX_STRINGS_H_

#if __has_include(<bits/c++config.h>)
#include <bits/c++config.h>
#if defined(__GLIBCXX__) && _GLIBCXX_EXTERN_TEMPLATE > 0
#undef _GLIBCXX_EXTERN_TEMPLATE
#define _GLIBCXX_EXTERN_TEMPLATE -1
#endif
#endif

#endif  // BEIAN_CORE_LIBSTDCXX_STRINGS_H_
