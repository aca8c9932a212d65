# The fuzz build (preset "fuzz", build/fuzz): every library is compiled with libFuzzer's coverage
# instrumentation plus ASan and UBSan, so a bug deep inside core or the sandbox is caught where it
# happens, not only in the few lines of a fuzz target. Only clang has libFuzzer.
if(NOT CREDSYNC_FUZZ)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "CREDSYNC_FUZZ needs clang (libFuzzer): configure with the \"fuzz\" preset, "
                      "or -DCMAKE_CXX_COMPILER=clang++")
endif()
# UBSan findings abort (no recovery), so libFuzzer sees them as crashes and keeps the input.
set(CREDSYNC_FUZZ_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
add_compile_options(-fsanitize=fuzzer-no-link ${CREDSYNC_FUZZ_SANITIZERS})
add_link_options(-fsanitize=address,undefined)
