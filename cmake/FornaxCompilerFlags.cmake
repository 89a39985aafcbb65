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
