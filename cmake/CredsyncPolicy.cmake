# One INTERFACE target carries the project's compiler policy, so every target opts in the same way.
add_library(credsync_policy INTERFACE)
target_compile_options(credsync_policy INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(CREDSYNC_WERROR)
  target_compile_options(credsync_policy INTERFACE -Werror)
endif()
target_compile_definitions(credsync_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SPDLOG_FMT_EXTERNAL)

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

# Collects sources of a folder: each helper owns its own files, and the list follows the tree.
function(credsync_glob_sources out dir)
  file(GLOB_RECURSE _srcs CONFIGURE_DEPENDS "${dir}/*.cpp" "${dir}/*.h")
  set(${out} ${_srcs} PARENT_SCOPE)
endfunction()
