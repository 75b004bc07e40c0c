// The CLI's operator new and delete (cli/alloc.cc).
#ifndef BEIAN_CLI_ALLOC_H_
#define BEIAN_CLI_ALLOC_H_

namespace beian::cli {

// Hands the blocks the calling thread's cache keeps back to the malloc and sends whatever the
// thread frees later straight there. A thread of --jobs calls it as it ends. (Nothing to do in the
// sanitizer builds, whose allocator is the sanitizer's.)
void CloseThreadBlocks();

}  // namespace beian::cli

#endif  // BEIAN_CLI_ALLOC_H_
