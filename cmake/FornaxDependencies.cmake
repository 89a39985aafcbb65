# Every external dependency is found here, once. A missing one stops the configure step with the
# Debian package that provides it, so nobody has to guess; packaging/install-deps.sh installs all.

function(fornax_require_package found_var cmake_name debian_package)
    if(NOT ${found_var})
        message(FATAL_ERROR
            "Fornax Desktop needs ${cmake_name}, which was not found.\n"
            "On Debian 12 install it with:  sudo apt-get install ${debian_package}\n"
            "or install everything at once:  sudo bash packaging/install-deps.sh")
    endif()
endfunction()

find_package(Qt6 6.4 QUIET COMPONENTS Core)
fornax_require_package(Qt6_FOUND "Qt 6 (Core)" qt6-base-dev)

set(_fornax_qt_components
    "Gui:qt6-base-dev"
    "Widgets:qt6-base-dev"
    "Network:qt6-base-dev"
    "DBus:qt6-base-dev"
    "Svg:qt6-svg-dev"
    "WebSockets:qt6-websockets-dev"
    "WebEngineWidgets:qt6-webengine-dev"
    "Charts:qt6-charts-dev"
    "LinguistTools:qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools"
    "Test:qt6-base-dev")
foreach(_entry IN LISTS _fornax_qt_components)
    string(REPLACE ":" ";" _pair "${_entry}")
    list(GET _pair 0 _component)
    list(GET _pair 1 _package)
    find_package(Qt6 QUIET COMPONENTS ${_component})
    fornax_require_package(Qt6${_component}_FOUND "Qt 6 ${_component}" "${_package}")
endforeach()

find_package(Qt6Keychain QUIET)
fornax_require_package(Qt6Keychain_FOUND "QtKeychain for Qt 6" qtkeychain-qt6-dev)

find_package(libssh QUIET)
fornax_require_package(libssh_FOUND "libssh" libssh-dev)

find_package(LibArchive 3.6 QUIET)
fornax_require_package(LibArchive_FOUND "libarchive" libarchive-dev)

find_package(LibXml2 QUIET)
fornax_require_package(LibXml2_FOUND "libxml2" libxml2-dev)
