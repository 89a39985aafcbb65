# CPack: a .deb on Linux, an NSIS installer on Windows, a disk image on macOS. Included from
# packaging/CMakeLists.txt; `cpack -G DEB` in the build directory builds the package into
# <build>/packages/.

set(FORNAX_PACKAGE_MAINTAINER "Fornax Desktop developers <fornax-desktop@users.noreply.github.com>"
    CACHE STRING "Maintainer named in the packages (Debian wants \"Name <address>\")")

set(CPACK_PACKAGE_NAME "fornax-desktop")
set(CPACK_PACKAGE_VENDOR "The Fornax Desktop developers")
set(CPACK_PACKAGE_CONTACT "${FORNAX_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines kept under 80 characters: Debian shows the extended description as it is written.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Fornax Desktop is a native desktop client for the Fornax Science Console,"
    "NASA's JupyterHub in the cloud next to the IRSA, MAST and HEASARC archives."
    "Sign in once, pick the smallest server that will do, work in JupyterLab"
    "inside the app, move data in and out as one compressed archive, see what a"
    "download will cost in egress before it leaves the cloud, and stop the server"
    "from the tray."
    ""
    "It works with any JupyterHub from version 3 on, and its command line drives"
    "the same core for scripts.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${FORNAX_DESKTOP_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "fornax-desktop" "${FORNAX_DESKTOP_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

# Debian. dpkg-shlibdeps computes the library dependencies; what it cannot see are the Qt plugins
# loaded at run time (SVG icons in the window and the tray, the Wayland platform).
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FORNAX_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows (NSIS): a Start menu entry, an uninstaller, the license page. Qt's DLLs still need
# windeployqt before this installer is complete.
set(CPACK_NSIS_PACKAGE_NAME "${FORNAX_DESKTOP_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${FORNAX_DESKTOP_NAME} ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\fornax-desktop.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${FORNAX_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_BRANDING_TEXT "${FORNAX_DESKTOP_NAME}")

# macOS (DragNDrop): a compressed disk image. The executable becomes an .app bundle (and needs
# macdeployqt) when the macOS build is set up.
set(CPACK_DMG_VOLUME_NAME "${FORNAX_DESKTOP_NAME}")
set(CPACK_DMG_FORMAT UDBZ)

# Source archives leave out build trees and version control.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/" "\\.swp$" "/__pycache__/")

include(CPack)
