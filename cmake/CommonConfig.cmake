# Compile settings shared by every Tricholog target (in the manner of qBittorrent's CommonConfig).
add_library(tricholog_common INTERFACE)
target_compile_features(tricholog_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(tricholog_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    TRICHOLOG_VERSION="${PROJECT_VERSION}"
    TRICHOLOG_APP_ID="${TRICHOLOG_APP_ID}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(tricholog_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wno-missing-field-initializers)
    if(TRICHOLOG_WARNINGS_AS_ERRORS)
        target_compile_options(tricholog_common INTERFACE -Werror)
    endif()
endif()

# LLVM's linker where the compiler can use it: the test build links 66 programs against three
# large static libraries with debug information, tst_workspace in 6.2 s with GNU ld and 1.4 s
# with lld. Off with -DTRICHOLOG_USE_LLD=OFF.
option(TRICHOLOG_USE_LLD "Link with lld when the compiler supports -fuse-ld=lld" ON)
if(TRICHOLOG_USE_LLD AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" TRICHOLOG_HAVE_LLD)
    if(TRICHOLOG_HAVE_LLD)
        target_link_options(tricholog_common INTERFACE -fuse-ld=lld)
    endif()
endif()
