#pragma once
// What the harnesses share: the libFuzzer entry points, a scratch folder of this process for the readers that take
// a path, and a check that aborts (a crash libFuzzer saves the input of) when an invariant does not hold.

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv); // fuzz_support.cpp: calls initialise()

namespace fuzz {

// Quiet GDAL (its warnings on hostile input would flood the terminal) and leave the locale as the tests do.
void initialise();

// A path named NAME in a folder of this process (on /dev/shm when it exists, so writing costs no disk); the
// folder is removed at exit.
std::string scratchPath(const std::string& name);

// Replaces the file at PATH with SIZE bytes of DATA.
void writeFile(const std::string& path, const std::uint8_t* data, std::size_t size);

// Aborts with WHAT when CONDITION is false: a broken invariant is a finding like a crash.
void check(bool condition, const char* what);

// Counts an input that got past the reader's first refusal into the code under test (an article read, a layer
// loaded, a document parsed, a quote anchored). A replay in which no input did fails: a harness stopped at the door
// (a path the reader refuses, say) cannot pass unseen.
void reached();
long reachedCount();

} // namespace fuzz
