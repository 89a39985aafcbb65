# Warnings live on an interface target that every Fornax target links, rather than in global
# flags, so third-party code and generated moc files are not held to -Werror by accident.
add_library(fornax_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(fornax_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(FORNAX_WERROR)
        target_compile_options(fornax_warnings INTERFACE -Werror)
    endif()
endif()
target_compile_definitions(fornax_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS)

# Checking builds. Both reach every Fornax target through the same interface target, and both
# build only what runs headless (FORNAX_GUI off): fornax-core, fornax-cli, the unit, integration
# and fuzz-replay tests. QtWebEngine's Chromium is not ours to check and would cost the time.
#   FORNAX_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer (preset `asan`). -O1 keeps it
#     fast enough for CI; any report ends the test with a failure (FORNAX_SANITIZER_ENV).
#   FORNAX_COVERAGE: gcc --coverage without optimisation (preset `coverage`, tests/coverage.sh).
option(FORNAX_SANITIZE "Build core and tests with AddressSanitizer and UBSan (no GUI)" OFF)
option(FORNAX_COVERAGE "Build core and tests with gcc --coverage (no GUI)" OFF)
if(FORNAX_SANITIZE OR FORNAX_COVERAGE)
    set(FORNAX_GUI OFF)
else()
    set(FORNAX_GUI ON)
endif()
if(FORNAX_SANITIZE)
    target_compile_options(fornax_warnings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1)
    target_link_options(fornax_warnings INTERFACE -fsanitize=address,undefined)
endif()
if(FORNAX_COVERAGE)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        message(FATAL_ERROR "FORNAX_COVERAGE needs gcc (gcovr reads gcc's .gcda files)")
    endif()
    target_compile_options(fornax_warnings INTERFACE --coverage -O0)
    target_link_options(fornax_warnings INTERFACE --coverage)
endif()
# What a sanitized test runs with. halt_on_error: the first report fails the test, even where a
# sanitizer could go on. Leak suppressions (tests/sanitizers/lsan.supp) name Qt and system
# libraries only, each with its reason. Harmless for unsanitized programs the tests start.
set(FORNAX_SANITIZER_ENV
    "ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1")

# Linking a hundred test programs is most of a rebuild on two cores; lld links them about twice
# as fast as the default ld.bfd (packaging/install-deps.sh installs it). Without it, ld.bfd.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" FORNAX_HAVE_LLD)
if(FORNAX_HAVE_LLD)
    add_link_options("-fuse-ld=lld")
endif()
