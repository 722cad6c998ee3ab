// The main of the harnesses outside the fuzz preset: runs LLVMFuzzerTestOneInput once on every file of the folders
// and files given (a target's corpus, regression inputs included), so that every test run replays them under the
// build's own compiler and sanitizers. Fails when there is no input at all, so a moved corpus cannot pass unseen.

#include "fuzz_support.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        if (fs::is_directory(arg)) {
            for (const auto& entry : fs::recursive_directory_iterator(arg))
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
        } else if (fs::is_regular_file(arg)) {
            inputs.push_back(arg);
        } else {
            std::fprintf(stderr, "%s: no such file or folder\n", argv[i]);
            return 2;
        }
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "usage: %s CORPUS_FOLDER_OR_FILE...: no input found\n", argv[0]);
        return 2;
    }
    std::sort(inputs.begin(), inputs.end());
    const auto started = std::chrono::steady_clock::now();
    for (const fs::path& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::fprintf(stderr, "replay %s (%zu bytes)\n", path.c_str(), bytes.size());
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    }
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    std::printf("replayed %zu inputs in %lld ms, none crashed, %ld got past the first refusal\n", inputs.size(),
                static_cast<long long>(ms), fuzz::reachedCount());
    if (fuzz::reachedCount() == 0) {
        std::fprintf(stderr, "%s: no input got past the reader's first refusal: the harness tests nothing\n", argv[0]);
        return 1;
    }
    return 0;
}
