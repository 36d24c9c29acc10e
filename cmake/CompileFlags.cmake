# One INTERFACE target carries the flags every target of the project is built with.
add_library(vw_compile_flags INTERFACE)
add_library(Vainu::CompileFlags ALIAS vw_compile_flags)

target_compile_features(vw_compile_flags INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(vw_compile_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    VW_APP_ID="${VW_APP_ID}"
    VW_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(vw_compile_flags INTERFACE /W4 /permissive- /utf-8)
    if(VW_WARNINGS_AS_ERRORS)
        target_compile_options(vw_compile_flags INTERFACE /WX)
    endif()
else()
    target_compile_options(vw_compile_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Wformat=2)
    if(VW_WARNINGS_AS_ERRORS)
        target_compile_options(vw_compile_flags INTERFACE -Werror)
    endif()
    if(VW_SANITIZE)
        # Every target of ours is instrumented (Qt and the system libraries are not). A sanitizer report ends
        # the program, so a test that triggers one fails.
        list(JOIN VW_SANITIZE "," vw_sanitizers)
        target_compile_options(vw_compile_flags INTERFACE
            -fsanitize=${vw_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
        target_link_options(vw_compile_flags INTERFACE -fsanitize=${vw_sanitizers})
    else()
        # The hardening Debian's own packages get (lintian checks the binaries for it). Not with the
        # sanitizers: the checked string functions would hide overflows from AddressSanitizer.
        target_compile_definitions(vw_compile_flags INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    endif()
    if(NOT APPLE)
        target_link_options(vw_compile_flags INTERFACE -Wl,-z,relro -Wl,-z,now)
    endif()
endif()
