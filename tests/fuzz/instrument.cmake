# Included by the top-level CMakeLists.txt when CANDOUR_FUZZ is ON, before any
# target is defined, so that every candour library is built with the same
# instrumentation as the fuzz targets. See docs/quality-checks.md.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "CANDOUR_FUZZ needs clang++ (libFuzzer): configure with "
                      "'cmake --preset fuzz' or CXX=clang++ in a fresh build folder")
endif()
add_compile_options(-g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                    -fno-sanitize-recover=all)
add_link_options(-fsanitize=address,undefined)
